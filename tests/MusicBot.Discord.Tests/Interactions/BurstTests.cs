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
}
