using System.Text.RegularExpressions;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Terminal;

/// <summary>The terminal chat driven through the real binary with piped input, as the README's quick start does it.</summary>
public sealed partial class TerminalChatServiceTests : IDisposable
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);
    private static readonly Dictionary<string, string> FastStages = new() { ["MusicBot__Providers__Local__StageDelay"] = "00:00:00.200" };
    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    /// <summary>Fast stages on a bot without ffmpeg, whose tracks are the WAV masters these tests read sample by sample.</summary>
    private Dictionary<string, string> FastWavStages => new(FastStages.Append(AudioWorld.WithoutFfmpegVariable(_data.Path)));

    [Fact]
    public async Task ExecuteAsync_PipedStyleAndGenerateWithoutFfmpeg_WritesTwoPlayableWavTracksAndChargesThePrice()
    {
        await using var bot = BotProcess.Start(_data.Path, FastWavStages);
        await bot.SendAsync("/style lo-fi piano, rainy night\n/generate\n");
        bot.CloseInput();

        Assert.Equal(0, await bot.WaitForExitAsync(ExitTimeout));

        var paths = TrackPath().Matches(bot.Stdout).Select(m => m.Groups["path"].Value).ToList();
        Assert.Equal(2, paths.Count);
        Assert.All(paths, p => Assert.StartsWith(Path.Combine(_data.Path, "tracks"), p, StringComparison.Ordinal));
        foreach (var path in paths)
        {
            var wav = WavInfo.Read(path);
            Assert.Equal((2, 44_100, 16), (wav.Channels, wav.SampleRate, wav.BitsPerSample));
            Assert.True(wav.Duration >= TimeSpan.FromSeconds(8), $"{path} lasts {wav.Duration}");
        }

        Assert.Equal(9, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT balance FROM credit_accounts"));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_data.Path));
        Assert.Contains("done: 2 tracks, 1 credit charged", bot.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<&-")] // stdin closed: descriptor 0 is whatever the runtime opens first
    [InlineData("0>/dev/null")] // stdin open for writing only: every read fails
    [InlineData("</dev/null")] // empty input
    public async Task ExecuteAsync_StdinClosedOrUnreadable_EndsTheChatWithExitZeroAndNoStackTrace(string redirection)
    {
        await using var bot = BotProcess.StartWithStdin(_data.Path, redirection, FastStages);

        var exitCode = await bot.WaitForExitAsync(ExitTimeout);

        Assert.Equal(0, exitCode);
        Assert.Contains("MusicBot terminal chat.", bot.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bot.Written, StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", bot.Written, StringComparison.Ordinal);
    }

    [FfmpegFact]
    public async Task ExecuteAsync_PipedGenerateWithFfmpeg_PrintsTaggedMp3sAndWavPrintsTheTakesMaster()
    {
        await using var bot = BotProcess.Start(_data.Path, FastStages);
        await bot.SendAsync("/style lo-fi piano, rainy night\n/title Drizzle\n/generate\n");
        await bot.WaitForOutputAsync("✅ Song #1 done: 2 tracks, 1 credit charged.", ExitTimeout);
        await bot.SendAsync("/wav 1 2\n");
        await bot.WaitForOutputAsync("✅ Song #2 converted to WAV: 1 file, 1 credit charged.", ExitTimeout);
        bot.CloseInput();

        Assert.Equal(0, await bot.WaitForExitAsync(ExitTimeout));

        Assert.Contains("Audio: MP3 192 kbps via ffmpeg", bot.Logs, StringComparison.Ordinal);
        var takes = Mp3TrackPath().Matches(bot.Stdout).Select(m => m.Groups["path"].Value).ToList();
        Assert.Equal(2, takes.Count);
        var encoder = AudioWorld.Encoder(null);
        for (var i = 0; i < takes.Count; i++)
        {
            var master = WavInfo.Read(Path.ChangeExtension(takes[i], ".wav"));
            var mp3 = (await encoder.ProbeAsync(takes[i], CancellationToken.None))!;
            Assert.Equal(("mp3", $"Drizzle (take {i + 1})", "MusicBot"), (mp3.Codec, mp3.Title, mp3.Artist));
            Assert.InRange((mp3.Duration - master.Duration).TotalSeconds, -0.05, 0.2);
        }

        var wav = Assert.Single(TrackPath().Matches(bot.Stdout)).Groups["path"].Value;
        Assert.Equal(Path.ChangeExtension(takes[1], ".wav"), wav);
        Assert.Equal((2, 44_100, 16), (WavInfo.Read(wav).Channels, WavInfo.Read(wav).SampleRate, WavInfo.Read(wav).BitsPerSample));
    }

    [Fact]
    public async Task ExecuteAsync_GenerateWithEmptyDraft_ExplainsWhatIsMissingAndChargesNothing()
    {
        await using var bot = BotProcess.Start(_data.Path, FastStages);
        await bot.SendAsync("/generate\n/credits\n");
        bot.CloseInput();

        Assert.Equal(0, await bot.WaitForExitAsync(ExitTimeout));

        Assert.Contains("nothing was charged", bot.Stdout, StringComparison.Ordinal);
        Assert.Contains("style: required", bot.Stdout, StringComparison.Ordinal);
        Assert.Contains("You have 10 credits", bot.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM tasks"));
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM credit_ledger WHERE kind = 'reserve'"));
    }

    [Fact]
    public async Task ExecuteAsync_LyricsOneCharacterOverTheLimit_NamesTheLimitAndChargesNothing()
    {
        await using var bot = BotProcess.Start(_data.Path, FastStages);
        await bot.SendAsync($"/style ambient\n/lyrics\n{new string('a', 5001)}\n.\n/generate\n/credits\n");
        bot.CloseInput();

        Assert.Equal(0, await bot.WaitForExitAsync(ExitTimeout));

        Assert.Contains("lyrics: at most 5,000 characters", bot.Stdout, StringComparison.Ordinal);
        Assert.Contains("5,001 characters", bot.Stdout, StringComparison.Ordinal);
        Assert.Contains("nothing was charged", bot.Stdout, StringComparison.Ordinal);
        Assert.Contains("You have 10 credits", bot.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM tasks"));
    }

    [Fact]
    public async Task ExecuteAsync_MultiLineLyrics_AreKeptLineByLine()
    {
        await using var bot = BotProcess.Start(_data.Path, FastStages);
        await bot.SendAsync("/lyrics\nfirst line\nsecond line\n.\n/draft\n");
        bot.CloseInput();

        Assert.Equal(0, await bot.WaitForExitAsync(ExitTimeout));

        Assert.Contains("Lyrics saved.", bot.Stdout, StringComparison.Ordinal);
        Assert.Equal("first line\nsecond line", await DatabaseFile.ScalarAsync<string>(_data.Path, "SELECT json_extract(song_json, '$.lyrics') FROM drafts"));
    }

    [GeneratedRegex(@"^\s+(?<path>/\S+\.wav)\s*$", RegexOptions.Multiline)]
    private static partial Regex TrackPath();

    [GeneratedRegex(@"^\s+(?<path>/\S+\.mp3)\s*$", RegexOptions.Multiline)]
    private static partial Regex Mp3TrackPath();
}
