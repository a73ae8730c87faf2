using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MusicBot.Discord.Interactions;
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
        var sent = new List<EmulatedInteraction>(Count);
        foreach (var user in users)
        {
            sent.Add(await Discord.SlashAsync(user, "music draft show"));
        }

        // The scenario is a burst within one second; slower dispatches would not test it. Stamped by the emulator.
        var window = Stopwatch.GetElapsedTime(sent[0].DispatchedAt, sent[^1].DispatchedAt);
        Assert.True(window <= TimeSpan.FromSeconds(1), $"the {Count} dispatches took {window.TotalMilliseconds:0} ms, not one second");

        // Until the bot is done with every one (a second callback would come before that), or until the last one's
        // deadline is well past: an interaction the bot never answers must fail below, not hang here.
        var dispatcher = Bot.Services.GetRequiredService<InteractionDispatcher>();
        var giveUp = Discord.Options.AckDeadline + TimeSpan.FromSeconds(2);
        while (!sent.All(i => i.IsAcknowledged && dispatcher.HasAnswered(i.Id)) && Stopwatch.GetElapsedTime(sent[^1].DispatchedAt) < giveUp)
        {
            await Task.Delay(20);
        }

        var latencies = sent.Where(i => i.AckLatency is not null).Select(i => i.AckLatency!.Value.TotalMilliseconds).Order().ToList();
        output.WriteLine($"dispatched {Count} in {window.TotalMilliseconds:0} ms; acks: {latencies.Count}, deferred: {sent.Count(i => i.ResponseType == 5)}" + (latencies.Count == 0 ? "" : $", p50 {latencies[latencies.Count / 2]:0} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0} ms, max {latencies[^1]:0} ms"));

        // Discord's contract only, per interaction: exactly one callback, accepted within 3 s of its own dispatch, and it
        // is the answer itself (type 4), not a "thinking…" (type 5) that instant work has no need of.
        var failures = sent.Select(Problem).OfType<string>().ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {Count} not answered as Discord requires, e.g.: {string.Join("; ", failures.Take(10))}");
        Assert.Empty(Discord.Record.RateLimited);
        Assert.DoesNotContain(Discord.Record.Requests, r => r.Status >= 400);

        string? Problem(EmulatedInteraction i) =>
            i.CallbackCount == 0 ? $"{i.Id}: no callback"
            : i.CallbackCount > 1 ? $"{i.Id}: {i.CallbackCount} callbacks"
            : i.LateBy is { } late ? $"{i.Id}: callback {late.TotalMilliseconds:0} ms after the 3 s deadline"
            : !i.IsAcknowledged || i.AckLatency is not { } latency ? $"{i.Id}: callback refused"
            : latency > Discord.Options.AckDeadline ? $"{i.Id}: accepted {latency.TotalMilliseconds:0} ms after its dispatch"
            : i.ResponseType != 4 ? $"{i.Id}: answered with type {i.ResponseType}, not the message itself (4)"
            : null;
    }
}
