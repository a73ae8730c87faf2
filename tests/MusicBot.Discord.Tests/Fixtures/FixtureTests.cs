using System.Text;
using System.Text.Json;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Gateway;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Json;
using MusicBot.Discord.Tests.Support;

namespace MusicBot.Discord.Tests.Fixtures;

/// <summary>The adapter reads the documented payload shapes: the project's own fixtures.</summary>
public sealed class FixtureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Interaction_SubcommandGroupInGuild_FlattensToPathAndOptions()
    {
        var context = Context("interaction-music-draft-set-guild.json");

        Assert.Equal("draft set", context.Path);
        Assert.Equal("lo-fi piano, rain", context.TextOf("style"));
        Assert.True(context.FlagOf("instrumental"));
        Assert.Equal(("discord", "290926798626357999", "167348773423415296"), (context.Scope.Platform, context.Scope.Id, context.UserId));
        Assert.Equal(["785609923542777878", "785609923542777999"], context.RoleIds);
        Assert.True(context.IsAdmin, "274877906943 includes MANAGE_GUILD (1 << 5)");
        Assert.Equal(10485760, context.Interaction.AttachmentSizeLimit);
    }

    [Fact]
    public void Interaction_UserOption_ResolvesTheMembersRoles()
    {
        var context = Context("interaction-quota-set-user-option.json");

        Assert.Equal(("set", "53908232506183680", 25L), (context.Path, context.TextOf("user"), context.NumberOf("credits")));
        Assert.Equal(["785609923542777878"], context.RolesOf("53908232506183680"));
        Assert.True(context.IsAdmin);
    }

    [Fact]
    public void Interaction_ButtonInDm_UserIsTheInvokerAndTheirOwnScope()
    {
        var context = Context("interaction-button-click-dm.json");

        Assert.Equal("dm-167348773423415296", context.Scope.Id);
        Assert.False(context.IsAdmin);
        Assert.Equal(42, CustomIds.TaskIdOf(context.CustomId));
        Assert.Equal("1250000000000000050", context.Interaction.Message!.Id);
    }

    [Theory]
    [InlineData("interaction-modal-submit-label.json", "[Verse]\nRain on the window")]
    [InlineData("interaction-modal-submit-action-row.json", "[Chorus]\nNeon nights")]
    public void ModalValue_EitherLayout_FindsTheTextInput(string fixture, string expected)
    {
        var data = Fixture.Json(fixture).Deserialize(DiscordJsonContext.Default.InteractionData);

        Assert.Equal(expected, DraftHandler.ModalValue(data!.Components, CustomIds.LyricsInput));
    }

    [Fact]
    public void GatewayFrames_HelloAckAndReady_Parse()
    {
        var hello = GatewayFrame.Parse(Encoding.UTF8.GetBytes(Fixture.Text("gateway-hello.json")));
        var ack = GatewayFrame.Parse(Encoding.UTF8.GetBytes(Fixture.Text("gateway-heartbeat-ack.json")));
        var ready = GatewayFrame.Parse(Encoding.UTF8.GetBytes(Fixture.Text("gateway-ready.json")));

        Assert.Equal((10, 41250), (hello.Op, hello.Data.GetProperty("heartbeat_interval").GetInt32()));
        Assert.Equal((11, (long?)null, (string?)null), (ack.Op, ack.Sequence, ack.EventName));
        var data = ready.Data.Deserialize(DiscordJsonContext.Default.ReadyEvent)!;
        Assert.Equal((1L, "READY", "wss://gateway-us-east1-c.discord.gg"), (ready.Sequence!.Value, ready.EventName, data.ResumeGatewayUrl));
        Assert.Equal("1100000000000000001", data.Application!.Id);
    }

    [Fact]
    public void GatewayBot_SessionStartLimit_Parses()
    {
        var info = Fixture.Json("gateway-bot.json").Deserialize(DiscordJsonContext.Default.GatewayBotInfo)!;

        Assert.Equal(("wss://gateway.discord.gg/", 998, 14400000L, 1), (info.Url, info.SessionStartLimit!.Remaining, info.SessionStartLimit.ResetAfter, info.SessionStartLimit.MaxConcurrency));
        Assert.Equal("wss://gateway.discord.gg/?v=10&encoding=json", GatewayConnection.WithQuery(new Uri(info.Url)).AbsoluteUri);
        Assert.Equal("wss://gateway-us-east1-c.discord.gg/?v=10&encoding=json", GatewayConnection.WithQuery(new Uri("wss://gateway-us-east1-c.discord.gg")).AbsoluteUri);
    }

    [Fact]
    public void RateLimitBody_RetryAfter_IsReadAsFractionalSeconds()
    {
        var body = Fixture.Json("rate-limit-429-shared.json");

        Assert.Equal(TimeSpan.FromSeconds(1.337), TimeSpan.FromSeconds(body.GetProperty("retry_after").GetDouble()));
        Assert.False(body.GetProperty("global").GetBoolean());
    }

    private static InteractionContext Context(string fixture) =>
        new(Fixture.Json(fixture).Deserialize(DiscordJsonContext.Default.Interaction)!, Now);
}
