using System.Text.RegularExpressions;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Generation;

/// <summary>Nothing is lost across a crash: a task accepted before <c>kill -9</c> finishes after the restart.</summary>
public sealed partial class CrashRecoveryTests : IDisposable
{
    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Restart_AfterKillMidGeneration_FinishesDeliversOnceAndBalancesTheLedger()
    {
        var slowStages = new Dictionary<string, string> { ["MusicBot__Providers__Local__StageDelay"] = "00:00:02" };
        string firstRun;
        await using (var bot = BotProcess.Start(_data.Path, slowStages))
        {
            await bot.SendAsync("/style dark techno, warehouse\n/generate\n");
            await bot.WaitForOutputAsync("lyrics and arrangement written", TimeSpan.FromSeconds(30));
            bot.Kill();
            firstRun = bot.Stdout;
        }

        Assert.Equal("text_ready", await DatabaseFile.ScalarAsync<string>(_data.Path, "SELECT state FROM tasks"));
        Assert.Empty(TrackLine().Matches(firstRun));

        await using var restarted = BotProcess.Start(_data.Path, slowStages);
        restarted.CloseInput();
        Assert.Equal(0, await restarted.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        var tracks = TrackLine().Matches(firstRun + restarted.Stdout).Select(m => m.Groups["index"].Value).ToList();
        Assert.Equal(["1", "2"], tracks);
        Assert.Equal("succeeded", await DatabaseFile.ScalarAsync<string>(_data.Path, "SELECT state FROM tasks"));
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM deliveries WHERE state <> 'delivered'"));
        Assert.Equal(9, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT balance FROM credit_accounts"));
        Assert.Equal(1, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM credit_ledger WHERE kind = 'capture'"));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_data.Path));
    }

    [GeneratedRegex(@"Song #\d+ track (?<index>\d+):")]
    private static partial Regex TrackLine();
}
