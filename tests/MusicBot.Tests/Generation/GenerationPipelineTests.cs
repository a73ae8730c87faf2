using MusicBot.Core.Chat;
using MusicBot.Core.Delivery;
using MusicBot.Core.Failures;
using MusicBot.Core.Generation;
using MusicBot.Core.Providers;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Generation;

/// <summary>The draft → validate → reserve → generate → deliver pipeline in-process, with a scripted provider.</summary>
public sealed class GenerationPipelineTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Generate_ProviderCompletes_DeliversEachTrackOnceAndCaptures()
    {
        await using var bot = await PipelineHost.StartAsync();
        await bot.SayAsync("/style chill piano");

        var reply = Assert.IsType<GenerateReply>(await bot.SayAsync("/generate"));
        Assert.IsType<GenerateOutcome.Queued>(reply.Outcome);
        await PipelineHost.WaitUntilAsync(() => Task.FromResult(bot.Provider.Submitted.Count == 1), Wait);
        bot.Provider.Complete(bot.Provider.Submitted.Single());

        await bot.Channel.WaitForAsync(d => d.Any(x => x.Notice.Kind == NoticeKind.Completed), Wait);
        Assert.Equal([NoticeKind.Track, NoticeKind.Track, NoticeKind.Completed], bot.Channel.Accepted.Select(d => d.Notice.Kind));
        Assert.Equal(9, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT balance FROM credit_accounts"));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(bot.DataDirectory));
    }

    [Fact]
    public async Task Generate_ProviderNeverAnswers_TimesOutAndRefunds()
    {
        await using var bot = await PipelineHost.StartAsync(new() { ["MusicBot:Generation:TaskTimeout"] = "00:00:01" });
        await bot.SayAsync("/style chill piano");

        await bot.SayAsync("/generate");

        await bot.Channel.WaitForAsync(d => d.Any(x => x.Notice.Kind == NoticeKind.Failed), Wait);
        var failed = bot.Channel.Accepted.Single(d => d.Notice.Kind == NoticeKind.Failed).Notice;
        Assert.Contains("No result from local after", failed.FailureMessage, StringComparison.Ordinal);
        Assert.Equal(1, failed.Credits);
        Assert.Equal("timed_out", await DatabaseFile.ScalarAsync<string>(bot.DataDirectory, "SELECT state FROM tasks"));
        Assert.Equal(10, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT balance FROM credit_accounts"));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(bot.DataDirectory));
    }

    [Fact]
    public async Task Generate_QueuedPastTheQueueTimeout_TimesOutAndRefunds()
    {
        // One song at the provider at a time, and that one never answers: the second waits in the queue until it is too old.
        await using var bot = await PipelineHost.StartAsync(new()
        {
            ["MusicBot:Generation:MaxConcurrentTasksPerProvider"] = "1",
            ["MusicBot:Generation:QueueTimeout"] = "00:00:01",
            ["MusicBot:Generation:TaskTimeout"] = "01:00:00",
        });
        await bot.SayAsync("/style chill piano");
        await bot.SayAsync("/generate");
        await PipelineHost.WaitUntilAsync(() => Task.FromResult(bot.Provider.Submitted.Count == 1), Wait);

        await bot.SayAsync("/generate");

        await bot.Channel.WaitForAsync(d => d.Any(x => x.Notice.Kind == NoticeKind.Failed), Wait);
        Assert.Contains("No result from local after", bot.Channel.Accepted.Single(d => d.Notice.Kind == NoticeKind.Failed).Notice.FailureMessage, StringComparison.Ordinal);
        Assert.Equal("submitted,timed_out", await DatabaseFile.ScalarAsync<string>(bot.DataDirectory, "SELECT group_concat(state, ',') FROM (SELECT state FROM tasks ORDER BY id)"));
        Assert.Single(bot.Provider.Submitted);
        Assert.Equal(9, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT balance FROM credit_accounts"));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(bot.DataDirectory));
    }

    [Fact]
    public async Task Generate_ProviderRejectsSubmit_FailsRefundsAndSaysWhy()
    {
        await using var bot = await PipelineHost.StartAsync();
        bot.Provider.RejectSubmitsWith = new ProviderFailure("455", new TaskFailure.Maintenance("local"), IsTransient: false);
        await bot.SayAsync("/style chill piano");

        await bot.SayAsync("/generate");

        await bot.Channel.WaitForAsync(d => d.Any(x => x.Notice.Kind == NoticeKind.Failed), Wait);
        Assert.Equal("local is under maintenance. Try again later.", bot.Channel.Accepted.Single().Notice.FailureMessage);
        Assert.Equal(10, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT balance FROM credit_accounts"));
    }

    [Fact]
    public async Task Deliver_ChannelFailsTwice_RetriesAndDeliversEachNoticeOnce()
    {
        await using var bot = await PipelineHost.StartAsync();
        bot.Channel.FailNext(2);
        await bot.SayAsync("/style chill piano");
        await bot.SayAsync("/generate");
        await PipelineHost.WaitUntilAsync(() => Task.FromResult(bot.Provider.Submitted.Count == 1), Wait);

        bot.Provider.Complete(bot.Provider.Submitted.Single());

        await bot.Channel.WaitForAsync(d => d.Count == 3, Wait);
        Assert.Equal(5, bot.Channel.Attempts);
        Assert.Equal(3, bot.Channel.Accepted.Select(d => d.Id).Distinct().Count());
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT COUNT(*) FROM deliveries WHERE state <> 'delivered'"));
    }

    [Fact]
    public async Task Generate_ProviderAtCapacity_QueuesUntilARunningTaskFinishes()
    {
        await using var bot = await PipelineHost.StartAsync(new() { ["MusicBot:Generation:MaxConcurrentTasksPerProvider"] = "1" });
        await bot.SayAsync("/style one", user: "alice");
        await bot.SayAsync("/style two", user: "bob");
        await bot.SayAsync("/generate", user: "alice");
        await PipelineHost.WaitUntilAsync(() => Task.FromResult(bot.Provider.Submitted.Count == 1), Wait);

        var second = Assert.IsType<GenerateOutcome.Queued>(Assert.IsType<GenerateReply>(await bot.SayAsync("/generate", user: "bob")).Outcome);
        await Task.Delay(200);

        Assert.Equal(1, second.QueuePosition);
        Assert.Single(bot.Provider.Submitted);
        Assert.Equal("queued", await DatabaseFile.ScalarAsync<string>(bot.DataDirectory, "SELECT state FROM tasks WHERE id = @id", new { id = second.Task.Id }));
        bot.Provider.Complete(bot.Provider.Submitted.Single());
        await PipelineHost.WaitUntilAsync(() => Task.FromResult(bot.Provider.Submitted.Count == 2), Wait);
    }

    [Fact]
    public async Task Generate_ThirdWhileTwoInFlight_IsRefusedWithTheLimit()
    {
        await using var bot = await PipelineHost.StartAsync();
        await bot.SayAsync("/style chill piano");
        await bot.SayAsync("/generate");
        await bot.SayAsync("/generate");

        var third = Assert.IsType<GenerateReply>(await bot.SayAsync("/generate"));

        var busy = Assert.IsType<GenerateOutcome.TooManyInFlight>(third.Outcome);
        Assert.Equal((2, 2), (busy.InFlight, busy.Max));
        Assert.Equal(8, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT balance FROM credit_accounts"));
    }

    [Fact]
    public async Task Quota_MemberAsksAdminCommand_IsRefusedAndAdminCanGrant()
    {
        await using var bot = await PipelineHost.StartAsync();

        Assert.IsType<NotAllowedReply>(await bot.SayAsync("/quota set bob 50", user: "bob"));
        var granted = Assert.IsType<QuotaReply>(await bot.SayAsync("/quota set bob 0", user: "admin", isAdmin: true));
        Assert.Equal(0, granted.Account.Balance);
        await bot.SayAsync("/style jazz", user: "bob");

        var reply = Assert.IsType<GenerateReply>(await bot.SayAsync("/generate", user: "bob"));
        Assert.IsType<GenerateOutcome.NotEnoughCredits>(reply.Outcome);
    }
}
