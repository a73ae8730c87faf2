using System.Text.RegularExpressions;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Terminal;

/// <summary>Operations on finished songs from the terminal, offline, with the built-in local renderer.</summary>
public sealed partial class TerminalChatServiceTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ExecuteAsync_ExtendAndStemsOfAFinishedSong_DeliverTheAudioAndChargeEach()
    {
        await using var bot = BotProcess.Start(_data.Path, FastWavStages);
        await bot.SendAsync("/style lo-fi piano, rainy night\n/generate\n");
        await bot.WaitForOutputAsync("✅ Song #1 done: 2 tracks, 1 credit charged.", StepTimeout);
        await bot.SendAsync("/history\n/extend\n");
        await bot.WaitForOutputAsync("✅ Song #2 extended: 2 tracks, 1 credit charged.", StepTimeout);
        await bot.SendAsync("/stems 1 2\n");
        await bot.WaitForOutputAsync("✅ Song #3 split into stems: 4 stems, 1 credit charged.", StepTimeout);
        await bot.SendAsync("/extend 999\n/addvocals\n/credits\n");
        bot.CloseInput();

        Assert.Equal(0, await bot.WaitForExitAsync(ExitTimeout));

        var stdout = bot.Stdout;
        Assert.Contains("The number picks a song for /extend, /stems, /wav, /addvocals and /addinstrumental: /stems 1, or /extend 1 2", stdout, StringComparison.Ordinal);
        Assert.Contains("⏳ Song #2, extending song #1, take 1, queued", stdout, StringComparison.Ordinal);

        var song = TracksOf(stdout, 1);
        var extended = TracksOf(stdout, 2);
        Assert.Equal(2, extended.Count);
        foreach (var path in extended)
        {
            // The extension is take 1 as the user heard it (ten seconds compared byte for byte), then more music.
            Assert.True(WavInfo.Read(path).Duration > WavInfo.Read(song[0]).Duration + TimeSpan.FromSeconds(8), $"{path} lasts {WavInfo.Read(path).Duration}");
            var opening = 44 + (10 * 44_100 * 4);
            Assert.Equal(File.ReadAllBytes(song[0])[44..opening], File.ReadAllBytes(path)[44..opening]);
        }

        var stems = StemLine().Matches(stdout).Select(m => (Name: m.Groups["name"].Value, Path: m.Groups["path"].Value)).ToList();
        Assert.Equal(["drums", "bass", "chords", "melody"], stems.Select(s => s.Name));
        Assert.All(stems, s => Assert.Equal(WavInfo.Read(song[1]).Duration, WavInfo.Read(s.Path).Duration));

        Assert.Contains("Song #999 is not one of yours here. Your songs are listed by the history command. Nothing was charged.", stdout, StringComparison.Ordinal);
        Assert.Contains("local does not offer adding vocals. No music service configured on this bot offers it. Nothing was charged.", stdout, StringComparison.Ordinal);
        Assert.Contains("You have 7 credits here (0 credits held by songs in progress)", stdout, StringComparison.Ordinal);
        Assert.Equal(3, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM tasks"));
        Assert.Equal(3, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM credit_ledger WHERE kind = 'capture'"));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_data.Path));
    }

    [Fact]
    public async Task ExecuteAsync_KilledWhileExtending_DeliversTheExtensionAfterRestart()
    {
        var slow = new Dictionary<string, string>(FastWavStages) { ["MusicBot__Providers__Local__StageDelay"] = "00:00:03" };
        await using (var first = BotProcess.Start(_data.Path, FastWavStages))
        {
            await first.SendAsync("/style ambient strings\n/generate\n");
            await first.WaitForOutputAsync("✅ Song #1 done", StepTimeout);
            first.CloseInput();
            Assert.Equal(0, await first.WaitForExitAsync(ExitTimeout));
        }

        await using (var second = BotProcess.Start(_data.Path, slow))
        {
            await second.SendAsync("/extend 1 2 from 4\n");
            await second.WaitForOutputAsync("⏳ Song #2, extending song #1, take 2 from 4 s, queued", StepTimeout);
            // Killed once the provider has the task (a kill while the submit is unanswered is refunded by design).
            await PipelineHost.WaitUntilAsync(
                async () => await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM tasks WHERE id = 2 AND provider_task_id IS NOT NULL") == 1, StepTimeout);
            second.Kill();
        }

        await using var restarted = BotProcess.Start(_data.Path, slow);
        restarted.CloseInput();

        Assert.Equal(0, await restarted.WaitForExitAsync(ExitTimeout));
        Assert.Contains("✅ Song #2 extended: 2 tracks, 1 credit charged.", restarted.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, TracksOf(restarted.Stdout, 2).Count);
        Assert.Equal(8, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT balance FROM credit_accounts"));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_data.Path));
    }

    [Fact]
    public async Task ExecuteAsync_OperationArgumentsNotUnderstood_ShowTheUsageAndChargeNothing()
    {
        await using var bot = BotProcess.Start(_data.Path, FastWavStages);
        await bot.SendAsync("/extend 1 from\n/stems 1 2 3\n/extend\n/credits\n");
        bot.CloseInput();

        Assert.Equal(0, await bot.WaitForExitAsync(ExitTimeout));

        Assert.Contains("\"from\" needs a number of seconds after it, e.g. from 60.\nUsage: /extend [song] [take] [from <seconds>]", bot.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"3\" is not a song number, a take number.\nUsage: /stems [song] [take]", bot.Stdout, StringComparison.Ordinal);
        Assert.Contains("You have no finished song for extending yet. Make one first. Nothing was charged.", bot.Stdout, StringComparison.Ordinal);
        Assert.Contains("You have 10 credits", bot.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM tasks"));
    }

    private static List<string> TracksOf(string stdout, long song) =>
        SongTrackLine().Matches(stdout).Where(m => m.Groups["song"].Value == song.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(m => m.Groups["path"].Value).ToList();

    [GeneratedRegex(@"^🎵 Song #(?<song>\d+) track \d+: .+\n\s+(?<path>/\S+\.wav)\s*$", RegexOptions.Multiline)]
    private static partial Regex SongTrackLine();

    [GeneratedRegex(@"^🎵 Song #\d+ stem \d+: .+ \((?<name>\w+)\) · .+\n\s+(?<path>/\S+\.wav)\s*$", RegexOptions.Multiline)]
    private static partial Regex StemLine();
}
