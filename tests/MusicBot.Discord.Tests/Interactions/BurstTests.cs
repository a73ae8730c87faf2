using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.State;
using MusicBot.Testing;
using Xunit.Abstractions;

namespace MusicBot.Discord.Tests.Interactions;

/// <summary>A burst of interactions: every one acknowledged within Discord's deadline, and no request rate limited.</summary>
public sealed class BurstTests(ITestOutputHelper output) : DiscordScenario
{
    private const int Burst = 200;

    [Fact]
    public async Task Burst_200Interactions_AllAcknowledgedInTimeWithoutA429()
    {
        var sent = new List<EmulatedInteraction>();
        for (var i = 0; i < Burst; i++)
        {
            var user = EmulatedUser.Member($"9000000000000{i:00000}");
            sent.Add(i % 4 == 3
                ? await Discord.SlashAsync(user, "music credits")
                : await Discord.SlashAsync(user, "music draft set", ("style", $"burst style {i}")));
        }

        foreach (var interaction in sent)
        {
            Assert.NotNull(await Discord.WaitForReplyAsync(interaction));
        }

        var latencies = sent.Select(i => i.AckLatency!.Value.TotalMilliseconds).Order().ToList();
        output.WriteLine($"acks: {sent.Count}, deferred: {sent.Count(i => i.ResponseType == 5)}, median {latencies[latencies.Count / 2]:0} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0} ms, max {latencies[^1]:0} ms");

        // The emulator refuses a callback after 3 s (10062) and records it; none may be late, none may be lost.
        Assert.All(sent, i => Assert.True(i.IsAcknowledged && i.LateBy is null, $"interaction {i.Id} late by {i.LateBy}"));
        Assert.Empty(Discord.Record.RateLimited);
        Assert.Empty(Discord.Record.Violations);
        Assert.DoesNotContain(Discord.Record.Requests, r => r.Status >= 400);
        Assert.Equal(Burst * 3 / 4, await DatabaseFile.ScalarAsync<long>(Bot.DataDirectory, "SELECT COUNT(*) FROM drafts"));
        Assert.Equal(Burst / 4, await DatabaseFile.ScalarAsync<long>(Bot.DataDirectory, "SELECT COUNT(*) FROM credit_accounts"));
    }

    [Fact]
    public async Task Burst_1000InstantInteractionsInASecond_EachAnsweredOnceDirectlyWithinTheDeadline()
    {
        const int Count = 1000;
        var users = Enumerable.Range(0, Count).Select(i => EmulatedUser.Member($"9100000000000{i:00000}")).ToList();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var sent = new List<EmulatedInteraction>(Count);
        foreach (var user in users)
        {
            sent.Add(await Discord.SlashAsync(user, "music draft show"));
        }

        var dispatchedIn = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        await Discord.WaitUntilAsync(() => sent.All(i => i.IsAcknowledged || i.LateBy is not null), "every interaction answered or late", TimeSpan.FromSeconds(15));

        var latencies = sent.Where(i => i.AckLatency is not null).Select(i => i.AckLatency!.Value.TotalMilliseconds).Order().ToList();
        output.WriteLine($"dispatched {Count} in {dispatchedIn.TotalMilliseconds:0} ms; acks: {latencies.Count}, deferred: {sent.Count(i => i.ResponseType == 5)}, p50 {latencies[latencies.Count / 2]:0} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0} ms, max {latencies[^1]:0} ms");

        // Discord's contract only: one first answer each, within 3 s of its dispatch, and the answer itself (type 4), not
        // a "thinking…" (type 5) that instant work has no need of.
        Assert.All(sent, i => Assert.True(i.CallbackCount == 1, $"interaction {i.Id} got {i.CallbackCount} callbacks"));
        Assert.All(sent, i => Assert.True(i.LateBy is null && i.AckLatency <= Discord.Options.AckDeadline, $"interaction {i.Id} late by {i.LateBy}"));
        Assert.All(sent, i => Assert.Equal(4, i.ResponseType));
        Assert.Empty(Discord.Record.RateLimited);
        Assert.DoesNotContain(Discord.Record.Requests, r => r.Status >= 400);
    }
}
