using System.Text.Json;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Json;
using MusicBot.Discord.Tests.Support;

namespace MusicBot.Discord.Tests.Fixtures;

/// <summary>The team's shared reference fixtures, read by the adapter's models; skipped in a fresh clone.</summary>
public sealed class SharedReferenceTests
{
    [SharedReferenceFact]
    public void SharedInteractions_Constructed_ParseWithInvokerAndScope()
    {
        var guild = Parse("interaction-slash-subcommand-upload-guild--constructed.json");
        var dm = Parse("interaction-slash-subcommand-play-dm--constructed.json");
        var button = Parse("interaction-button-click-guild--constructed.json");

        Assert.Equal(("upload", "167348773423415296", "290926798626357999"), (guild.Path, guild.UserId, guild.Scope.Id));
        Assert.Equal("song.mp3", guild.AttachmentOf("file")!.Filename);
        Assert.Equal(["785609923542777878"], guild.RoleIds);
        Assert.Equal(("play", "dm-167348773423415296", 80L, true), (dm.Path, dm.Scope.Id, dm.NumberOf("volume")!.Value, dm.FlagOf("loop")!.Value));
        Assert.Equal("queue:skip", button.CustomId);
    }

    [SharedReferenceFact]
    public void SharedModalSubmit_LabelLayout_ValueFound()
    {
        var data = Fixture.Shared("interaction-modal-submit-text-input--partial-docs.json").GetProperty("data");
        var parsed = data.Deserialize(DiscordJsonContext.Default.InteractionData);

        Assert.StartsWith("The recent changes", DraftHandler.ModalValue(parsed!.Components, "game_feedback"), StringComparison.Ordinal);
    }

    [SharedReferenceFact]
    public void SharedRateLimitBodies_RetryAfterIsAFloat()
    {
        Assert.Equal(64.57, Fixture.Shared("rate-limit-429-user--docs.json").GetProperty("retry_after").GetDouble());
        Assert.True(Fixture.Shared("rate-limit-429-global--docs.json").GetProperty("global").GetBoolean());
    }

    private static InteractionContext Parse(string name) =>
        new(Fixture.Shared(name).Deserialize(DiscordJsonContext.Default.Interaction)!, DateTimeOffset.UnixEpoch);
}
