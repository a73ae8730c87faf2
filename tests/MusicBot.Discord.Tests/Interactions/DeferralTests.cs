using MusicBot.Core.Songs;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Discord.Tests.Interactions;

/// <summary>With the shortest ack budget most answers go out as a deferral followed by an edit; users see the same result.</summary>
public sealed class DeferralTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private DiscordEmulator _discord = null!;
    private DiscordBotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _discord = await DiscordEmulator.StartAsync();
        _bot = await DiscordBotHost.StartAsync(_discord, new() { ["MusicBot:Discord:AckBudget"] = "00:00:00.050", ["MusicBot:Discord:MaxConcurrentInteractions"] = "1" });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task Generate_RefusedAfterAPublicDeferral_EditsTheOriginalBeforeTheFollowUpAndOnlyTheUserSeesWhy()
    {
        EmulatedInteraction generate;
        // A busy database holds the handler past the ack budget, so the public "thinking…" surely goes first: the title
        // option is written to the draft before Core refuses the draft (no style or lyrics), and a refusal alone writes nothing.
        await using (await WriteLock.TakeAsync(_bot.DataDirectory))
        {
            generate = await _discord.SlashAsync(People.Ian, "music generate", ("title", "Rain"));
            await generate.Acknowledged;
        }

        await _discord.WaitUntilAsync(() => _discord.FollowUps(generate).Any(m => m.IsEphemeral) && _discord.Original(generate)!.IsDeleted, "the private answer, and the public placeholder gone");

        Assert.Equal(5, generate.ResponseType);
        var reply = _discord.FollowUps(generate).Single();
        Assert.True(reply.IsEphemeral);
        Assert.Contains("Can't generate with local", reply.Current["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        var webhookCalls = _discord.Record.Requests.Where(r => r.Route.Contains("/webhooks/", StringComparison.Ordinal)).Select(r => r.Method).ToList();
        Assert.Equal(["PATCH", "POST", "DELETE"], webhookCalls);
        Assert.Empty(_discord.Record.Violations);
    }

    [Fact]
    public async Task Burst_WithTheShortestAckBudget_EveryInteractionAcknowledgedInTime()
    {
        var blockers = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => _discord.SlashAsync(People.Mason, "music draft set", ("style", $"warm up {i}"))));
        var generate = await _discord.SlashAsync(People.Ian, "music generate");

        // Answered at once (an ephemeral original), or after a public deferral: the private follow-up, then the placeholder deleted.
        await _discord.WaitUntilAsync(
            () => (_discord.FollowUps(generate).Any(m => m.IsEphemeral) && _discord.Original(generate) is { IsDeleted: true }) || _discord.Original(generate) is { IsEphemeral: true, IsLoading: false },
            "the private refusal, with no public placeholder left");
        output.WriteLine($"generate answered with callback type {generate.ResponseType}");

        Assert.All(blockers.Append(generate), b => Assert.Null(b.LateBy));
        Assert.Empty(_discord.Record.Violations);
    }

    [Fact]
    public async Task DraftSet_Deferred_EditedIntoTheSamePrivatePreview()
    {
        var set = await _discord.SlashAsync(People.Ian, "music draft set", ("style", "ambient"));

        var reply = await _discord.WaitForReplyAsync(set);

        Assert.True(reply!.IsEphemeral);
        Assert.Contains(set.ResponseType, new int?[] { 4, 5 });
        Assert.Contains("Draft updated.", reply.Current["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_discord.Record.Violations);
    }
}
