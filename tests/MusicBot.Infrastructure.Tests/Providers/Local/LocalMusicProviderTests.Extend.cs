using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Local.Audio;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.Local;

public sealed partial class LocalMusicProviderTests
{
    [Fact]
    public async Task GetProgressAsync_Extend_KeepsTheSourceUpToItsClosingChordThenAddsANewSection()
    {
        var source = await FinishedSongAsync();
        var request = OperationOn(source, OperationKind.Extend);
        var id = await SubmitAsync(request);

        var extended = await FinishAsync(id, request);

        var plan = StylePlanner.Plan(Style, 1);
        var cut = TrackSynthesizer.EndingFrameOf(plan);
        var sourceSamples = SamplesOf(source.Tracks[0]);
        Assert.Equal(2, extended.Tracks.Count);
        foreach (var take in extended.Tracks)
        {
            var samples = SamplesOf(take);
            var continuation = TrackSynthesizer.RenderTake(ContinuationPlanner.Continue(plan, take.Index), isContinuation: true).Mix;
            Assert.Equal(sourceSamples[..(2 * cut)], samples[..(2 * cut)]);
            Assert.Equal(continuation[(2 * Splice.Overlap)..], samples[(2 * (cut + Splice.Overlap))..]);
            Assert.Equal((cut + (continuation.Length / 2)) / 44100.0, take.DurationSeconds!.Value, 3);
            Assert.True(take.DurationSeconds > source.Tracks[0].DurationSeconds + 8, $"{take.DurationSeconds} s");
        }

        Assert.NotEqual(SamplesOf(extended.Tracks[0]), SamplesOf(extended.Tracks[1]));
        Assert.Equal(["Lo-Fi Piano, Rainy Night (extended, take 1)", "Lo-Fi Piano, Rainy Night (extended, take 2)"], extended.Tracks.Select(t => t.Title));
    }

    [Fact]
    public async Task GetProgressAsync_ExtendFromASecond_KeepsTheSourceUpToThatSecond()
    {
        var source = await FinishedSongAsync();
        var request = OperationOn(source, OperationKind.Extend, take: 2, continueAt: 5);
        var id = await SubmitAsync(request);

        var extended = await FinishAsync(id, request);

        var cut = 5 * 44100;
        var sourceSamples = SamplesOf(source.Tracks[1]);
        var samples = SamplesOf(extended.Tracks[0]);
        var continuation = TrackSynthesizer.RenderTake(ContinuationPlanner.Continue(StylePlanner.Plan(Style, 2), 1), isContinuation: true).Mix;
        Assert.Equal(sourceSamples[..(2 * cut)], samples[..(2 * cut)]);
        Assert.Equal((2 * cut) + continuation.Length, samples.Length);
        Assert.NotEqual(sourceSamples[(2 * cut)..(4 * cut)], samples[(2 * cut)..(4 * cut)]);
    }

    [Fact]
    public async Task GetProgressAsync_ExtendAnExtension_GrowsTheSongAgainFromItsNewEnding()
    {
        var source = await FinishedSongAsync();
        var once = OperationOn(source, OperationKind.Extend);
        var onceId = await SubmitAsync(once);
        var extended = new FinishedSong(onceId, once, (await FinishAsync(onceId, once)).Tracks);
        var twice = OperationOn(extended, OperationKind.Extend);
        var twiceId = await SubmitAsync(twice);

        var again = await FinishAsync(twiceId, twice);

        var firstSamples = SamplesOf(extended.Tracks[0]);
        var samples = SamplesOf(again.Tracks[0]);
        var plan = StylePlanner.Plan(Style, 1);
        var secondCut = TrackSynthesizer.EndingFrameOf(plan) + TrackSynthesizer.EndingFrameOf(ContinuationPlanner.Continue(plan, 1));
        Assert.Equal(firstSamples[..(2 * secondCut)], samples[..(2 * secondCut)]);
        Assert.True(again.Tracks[0].DurationSeconds > extended.Tracks[0].DurationSeconds + 8);
        Assert.Equal("Lo-Fi Piano, Rainy Night (extended, take 1)", again.Tracks[0].Title);
    }

    [Fact]
    public async Task GetProgressAsync_Extend_TakesTheStagesOfASongWithoutTheLyricsStage()
    {
        var source = await FinishedSongAsync();
        var request = OperationOn(source, OperationKind.Extend);
        var id = await SubmitAsync(request);

        var stages = new List<ProviderStage>();
        for (var step = 0; step < 3; step++)
        {
            stages.Add((await _provider.GetProgressAsync(id, request, CancellationToken.None)).Stage);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal([ProviderStage.Pending, ProviderStage.FirstTrackReady, ProviderStage.Complete], stages);
    }

    [Fact]
    public async Task GetProgressAsync_ExtendAfterRestartMidway_FinishesWithTheSameFirstTake()
    {
        var source = await FinishedSongAsync();
        var request = OperationOn(source, OperationKind.Extend);
        var id = await SubmitAsync(request);
        _time.Advance(TimeSpan.FromSeconds(1));
        var first = await _provider.GetProgressAsync(id, request, CancellationToken.None);
        var firstBytes = await File.ReadAllBytesAsync(new Uri(first.Tracks[0].AudioUrl!).LocalPath);
        _time.Advance(TimeSpan.FromSeconds(1));

        var complete = await Create().GetProgressAsync(id, request, CancellationToken.None);

        Assert.Equal(ProviderStage.Complete, complete.Stage);
        Assert.Equal(2, complete.Tracks.Count(t => t.HasAudio));
        Assert.Equal(firstBytes, await File.ReadAllBytesAsync(new Uri(complete.Tracks[0].AudioUrl!).LocalPath));
    }

    [Fact]
    public async Task SubmitAsync_ExtendWhoseSourceJobIsGone_IsRejectedWithTheReason()
    {
        var source = await FinishedSongAsync();
        File.Delete(Path.Combine(_data.Path, "local-jobs", source.ProviderTaskId + ".json"));

        var outcome = await _provider.SubmitAsync(OperationOn(source, OperationKind.Extend), "task-2", CancellationToken.None);

        Assert.False(outcome.IsAccepted);
        Assert.Equal("source-gone", outcome.Failure!.Code);
        Assert.Contains("no longer has the record of the source song", outcome.Failure.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetProgressAsync_ExtendWhoseSourceAudioIsGone_FailsWithTheReason()
    {
        var source = await FinishedSongAsync();
        var request = OperationOn(source, OperationKind.Extend);
        var id = await SubmitAsync(request);
        File.Delete(new Uri(source.Tracks[0].AudioUrl!).LocalPath);

        _time.Advance(TimeSpan.FromSeconds(10));
        var progress = await _provider.GetProgressAsync(id, request, CancellationToken.None);

        Assert.Equal(ProviderStage.Failed, progress.Stage);
        Assert.Contains("audio file is no longer in the bot's tracks folder", progress.Failure!.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetProgressAsync_ExtendWithASourceOutsideTheTracksFolder_DoesNotReadIt()
    {
        var source = await FinishedSongAsync();
        var outside = Path.Combine(_data.Path, "elsewhere.wav");
        File.Copy(new Uri(source.Tracks[0].AudioUrl!).LocalPath, outside);
        var request = OperationOn(source, OperationKind.Extend) is var r
            ? r with { Operation = r.Operation! with { SourceAudioUrl = new Uri(outside).AbsoluteUri } }
            : null!;
        var id = await SubmitAsync(request);

        _time.Advance(TimeSpan.FromSeconds(10));
        var progress = await _provider.GetProgressAsync(id, request, CancellationToken.None);

        Assert.Equal(ProviderStage.Failed, progress.Stage);
    }

    [Fact]
    public async Task SubmitAsync_ExtendBeyondFiveMinutes_IsRejectedWithTheLimit()
    {
        var source = await FinishedSongAsync(NewSong with { Style = "lo-fi piano, rainy night, 300 bpm" });
        var song = source;
        SubmitOutcome outcome;
        var rounds = 0;
        do
        {
            // Each round extends the previous extension from its end without rendering it: the limit is checked on submit.
            var request = OperationOn(song, OperationKind.Extend);
            outcome = await _provider.SubmitAsync(request, "task", CancellationToken.None);
            song = outcome.IsAccepted ? song with { ProviderTaskId = outcome.ProviderTaskId!, Request = request } : song;
        }
        while (outcome.IsAccepted && ++rounds < 100);

        Assert.False(outcome.IsAccepted);
        Assert.Equal("too-long", outcome.Failure!.Code);
        Assert.Contains("songs up to 5 minutes", outcome.Failure.UserMessage, StringComparison.Ordinal);
        Assert.InRange(rounds, 10, 40);
    }
}
