using System.Text.Json;
using MusicBot.Core.Callbacks;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.SunoApi;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.SunoApi;

/// <summary>Every sunoapi callback shape (music, lyrics, WAV, vocal separation, and ones the bot never asks for) read into a Core callback.</summary>
public sealed class SunoApiCallbackReaderTests
{
    private static SunoApiJsonContext Json => SunoApiJsonContext.Default;

    [Theory]
    [InlineData("callback--complete.json", "a1b2c3d4e5f6", "complete", ProviderStage.Complete, 2)]
    [InlineData("callback--error.json", "a1b2c3d4e5f6", "error", ProviderStage.Failed, 0)]
    [InlineData("lyrics-callback--complete.json", "lyr1", "lyrics-complete", ProviderStage.Complete, 2)]
    [InlineData("lyrics-callback--failure.json", "lyr2", "lyrics-error", ProviderStage.Failed, 0)]
    [InlineData("lyrics-callback--snake-case-one-variant-failed.json", "lyr3", "lyrics-complete", ProviderStage.Complete, 1)]
    [InlineData("wav-callback--success.json", "wav1", "wav-complete", ProviderStage.Complete, 1)]
    [InlineData("wav-callback--failure.json", "wav2", "wav-error", ProviderStage.Failed, 0)]
    [InlineData("wav-callback--download-failed-451.json", "wav3", "wav-error", ProviderStage.Failed, 0)]
    [InlineData("separation-callback--split-stem.json", "sep1", "stems-complete", ProviderStage.Complete, 3)]
    [InlineData("separation-callback--separate-vocal.json", "sep2", "stems-complete", ProviderStage.Complete, 2)]
    [InlineData("separation-callback--failure.json", "sep3", "stems-error", ProviderStage.Failed, 0)]
    [InlineData("midi-callback--top-level-task-id.json", "midi1", "unknown", ProviderStage.Pending, 0)]
    [InlineData("mp4-callback--success.json", "mp41", "unknown", ProviderStage.Pending, 0)]
    public async Task ReadAsync_EachShape_ReadsTaskStageAndProgress(string file, string taskId, string stage, ProviderStage progress, int tracks)
    {
        var callback = await ReadAsync(file);

        Assert.Equal((ProviderNames.SunoApi, taskId, stage), (callback.Provider, callback.ProviderTaskId, callback.Stage));
        Assert.Equal((progress, tracks), (callback.Progress.Stage, callback.Progress.Tracks.Count));
    }

    [Fact]
    public async Task ReadAsync_WavCallback_GivesTheSameTrackAsTheWavRecordInfo()
    {
        var record = JsonSerializer.Deserialize(Fixtures.Own("sunoapi", "wav-record-info--success.json"), Json.SunoEnvelopeSunoWavRecord)!.Data;

        var callback = await ReadAsync("wav-callback--success.json");

        var track = Assert.Single(callback.Progress.Tracks);
        Assert.Equal(new ProviderTrack { Index = 1, AudioUrl = "https://files.example.test/w1.wav" }, track);
        Assert.Equal(SunoApiOperationProgress.FromWav(record).Tracks, callback.Progress.Tracks);
    }

    [Fact]
    public async Task ReadAsync_SeparationCallback_GivesTheSameStemsAsTheRecordInfo()
    {
        var record = JsonSerializer.Deserialize(Fixtures.Own("sunoapi", "vocal-removal-record-info--separate-vocal.json"), Json.SunoEnvelopeSunoVocalRemovalRecord)!.Data;

        var callback = await ReadAsync("separation-callback--separate-vocal.json");

        Assert.Equal(
            [(1, "Vocals", "https://files.example.test/v2.mp3"), (2, "Instrumental", "https://files.example.test/i2.mp3")],
            callback.Progress.Tracks.Select(t => (t.Index, t.Title, t.AudioUrl)));
        Assert.Equal(SunoApiOperationProgress.FromStems(record).Tracks, callback.Progress.Tracks);
    }

    [Fact]
    public async Task ReadAsync_SplitStems_KeepEachStemsPlaceInTheFixedOrder()
    {
        var callback = await ReadAsync("separation-callback--split-stem.json");

        Assert.Equal([(1, "Vocals"), (4, "Drums"), (5, "Bass")], callback.Progress.Tracks.Select(t => (t.Index, t.Title!)));
    }

    [Fact]
    public async Task ReadAsync_LyricsCallback_EachVariantIsATrackWithTitleAndTextAndNoAudio()
    {
        var callback = await ReadAsync("lyrics-callback--complete.json");

        Assert.Equal([(1, "City", "[Verse]\nCity lights"), (2, "City", "[Verse]\nQuiet streets")], callback.Progress.Tracks.Select(t => (t.Index, t.Title, t.Lyrics)));
        Assert.All(callback.Progress.Tracks, t => Assert.False(t.HasAudio));
    }

    [Fact]
    public async Task ReadAsync_LyricsWithAFailedVariant_LeavesItOutAndKeepsTheOthersIndex()
    {
        var track = Assert.Single((await ReadAsync("lyrics-callback--snake-case-one-variant-failed.json")).Progress.Tracks);

        Assert.Equal((2, "Neon", "[Verse]\nNeon rain on the avenue"), (track.Index, track.Title, track.Lyrics));
    }

    [Theory]
    [InlineData("lyrics-callback--failure.json", "sunoapi could not write lyrics with AI (Lyrics generation failed).")]
    [InlineData("wav-callback--failure.json", "sunoapi could not convert a song to WAV (WAV format conversion failed).")]
    [InlineData("wav-callback--download-failed-451.json", "sunoapi could not convert a song to WAV (the source audio could not be downloaded).")]
    [InlineData("separation-callback--failure.json", "sunoapi could not split a song into stems (Vocal separation failed).")]
    public async Task ReadAsync_FailedOperation_SaysWhatCouldNotBeDoneAndWhy(string file, string message)
    {
        var failure = (await ReadAsync(file)).Progress.Failure!;

        Assert.Equal((message, false), (failure.UserMessage, failure.IsTransient));
    }

    [Fact]
    public async Task ReadAsync_NotACallback_IsNull()
    {
        var reader = new SunoApiCallbackReader();

        Assert.Null(await reader.ReadAsync(new Dictionary<string, string>(), "<html>nope</html>"u8.ToArray(), null, CancellationToken.None));
    }

    private static async Task<ProviderCallback> ReadAsync(string file) =>
        await new SunoApiCallbackReader().ReadAsync(new Dictionary<string, string>(), Fixtures.Own("sunoapi", file), null, CancellationToken.None)
        ?? throw new InvalidOperationException($"{file} was not read");
}
