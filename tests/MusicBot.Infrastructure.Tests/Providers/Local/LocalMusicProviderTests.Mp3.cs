using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Tests.Providers.Local.Audio;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Providers.Local;

/// <summary>
/// With ffmpeg the takes are delivered as tagged MP3, while the WAV masters stay next to them as the source of truth
/// for extensions, stems and WAV copies; without it the same requests deliver the masters.
/// </summary>
public sealed partial class LocalMusicProviderTests
{
    [FfmpegFact]
    public async Task GetProgressAsync_WithFfmpeg_DeliversTaggedMp3sOfTheWavMasters()
    {
        _provider = Create(withFfmpeg: true);

        var song = await FinishedSongAsync(NewSong with { Title = "Rain \"on\" = glass; #2" });

        var encoder = AudioWorld.Encoder(null);
        foreach (var track in song.Tracks)
        {
            var mp3 = new Uri(track.AudioUrl!).LocalPath;
            Assert.EndsWith(".mp3", mp3, StringComparison.Ordinal);
            var master = WavReader.Read(await File.ReadAllBytesAsync(Path.ChangeExtension(mp3, ".wav")));
            Assert.Equal(master.Duration.TotalSeconds, track.DurationSeconds!.Value, 6);
            var info = (await encoder.ProbeAsync(mp3, CancellationToken.None))!;
            Assert.Equal(("mp3", track.Title, "MusicBot"), (info.Codec, info.Title, info.Artist));
            Assert.Equal($"Rain \"on\" = glass; #2 (take {track.Index})", info.Title);
            Assert.InRange((info.Duration - master.Duration).TotalSeconds, -0.05, 0.2);
        }
    }

    [FfmpegFact]
    public async Task GetProgressAsync_WithFfmpegAfterRestart_KeepsTheMp3sItEncoded()
    {
        _provider = Create(withFfmpeg: true);
        var song = await FinishedSongAsync();
        var written = song.Tracks.Select(t => File.GetLastWriteTimeUtc(new Uri(t.AudioUrl!).LocalPath)).ToList();

        var again = await Create(withFfmpeg: true).GetProgressAsync(song.ProviderTaskId, song.Request, CancellationToken.None);

        Assert.Equal(song.Tracks.Select(t => t.AudioUrl), again.Tracks.Select(t => t.AudioUrl));
        Assert.Equal(written, again.Tracks.Select(t => File.GetLastWriteTimeUtc(new Uri(t.AudioUrl!).LocalPath)));
        Assert.Empty(Directory.GetFiles(Path.Combine(_data.Path, "tracks"), "*.part"));
    }

    [FfmpegFact]
    public async Task GetProgressAsync_ExtendAndStemsOfAnMp3Take_WorkFromItsWavMaster()
    {
        _provider = Create(withFfmpeg: true);
        var source = await FinishedSongAsync(NewSong with { Title = "Drizzle" });
        var extend = OperationOn(source, OperationKind.Extend, continueAt: 6.5);
        var extendId = await SubmitAsync(extend);

        var extended = new FinishedSong(extendId, extend, (await FinishAsync(extendId, extend)).Tracks);
        var sourceMaster = MasterSamplesOf(source.Tracks[0]);
        var extendedMaster = MasterSamplesOf(extended.Tracks[0]);
        Assert.Equal(sourceMaster.AsSpan(0, 2 * 44100 * 6).ToArray(), extendedMaster.AsSpan(0, 2 * 44100 * 6).ToArray());
        Assert.All(extended.Tracks, t => Assert.EndsWith(".mp3", t.AudioUrl, StringComparison.Ordinal));

        var stemsRequest = OperationOn(extended, OperationKind.Stems, take: 1);
        var stemsId = await SubmitAsync(stemsRequest);
        var stems = await FinishAsync(stemsId, stemsRequest);

        Assert.All(stems.Tracks, t => Assert.EndsWith(".mp3", t.AudioUrl, StringComparison.Ordinal));
        var parts = stems.Tracks.Select(MasterSamplesOf).ToList();
        var worst = Enumerable.Range(0, extendedMaster.Length).Max(i => Math.Abs(parts.Sum(p => p[i]) - extendedMaster[i]));
        Assert.True(worst <= 4, $"the stems differ from the extended take by up to {worst}");
        var drums = (await AudioWorld.Encoder(null).ProbeAsync(new Uri(stems.Tracks[0].AudioUrl!).LocalPath, CancellationToken.None))!;
        Assert.Equal("Drizzle (extended, take 1) (drums)", drums.Title);
    }

    [FfmpegFact]
    public async Task GetProgressAsync_WavOfAnMp3Take_DeliversItsWavMaster()
    {
        _provider = Create(withFfmpeg: true);
        var source = await FinishedSongAsync();
        var request = OperationOn(source, OperationKind.Wav, take: 2);
        var id = await SubmitAsync(request);

        var wav = await FinishAsync(id, request);

        var track = Assert.Single(wav.Tracks);
        var master = Path.ChangeExtension(new Uri(source.Tracks[1].AudioUrl!).LocalPath, ".wav");
        Assert.Equal(new Uri(master).AbsoluteUri, track.AudioUrl);
        Assert.Equal(source.Tracks[1].DurationSeconds, track.DurationSeconds);
        Assert.Equal(source.Tracks[1].Title, track.Title);
    }

    [FfmpegFact]
    public async Task GetProgressAsync_ExtendOfAnMp3TakeWhoseMasterIsGone_FailsWithTheReason()
    {
        _provider = Create(withFfmpeg: true);
        var source = await FinishedSongAsync();
        var request = OperationOn(source, OperationKind.Extend);
        var id = await SubmitAsync(request);
        File.Delete(Path.ChangeExtension(new Uri(source.Tracks[0].AudioUrl!).LocalPath, ".wav"));

        _time.Advance(TimeSpan.FromSeconds(10));
        var progress = await _provider.GetProgressAsync(id, request, CancellationToken.None);

        Assert.Equal(ProviderStage.Failed, progress.Stage);
        Assert.Equal("source-gone", progress.Failure!.Code);
    }

    [Fact]
    public async Task GetProgressAsync_WithoutFfmpeg_DeliversTheWavMastersAndWavHandsOutTheSame()
    {
        var source = await FinishedSongAsync();
        Assert.All(source.Tracks, t => Assert.EndsWith(".wav", t.AudioUrl, StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(Path.Combine(_data.Path, "tracks"), "*.mp3"));
        var request = OperationOn(source, OperationKind.Wav);
        var id = await SubmitAsync(request);

        var wav = await FinishAsync(id, request);

        Assert.Equal(source.Tracks[0].AudioUrl, Assert.Single(wav.Tracks).AudioUrl);
    }

    [Fact]
    public async Task SubmitAsync_WavWhoseMasterIsGone_IsRejectedWithTheReason()
    {
        var source = await FinishedSongAsync();
        File.Delete(new Uri(source.Tracks[0].AudioUrl!).LocalPath);

        var outcome = await _provider.SubmitAsync(OperationOn(source, OperationKind.Wav), "task-2", CancellationToken.None);

        Assert.False(outcome.IsAccepted);
        Assert.Equal("source-gone", outcome.Failure!.Code);
    }

    private static short[] MasterSamplesOf(ProviderTrack track) =>
        WavReader.Read(File.ReadAllBytes(Path.ChangeExtension(new Uri(track.AudioUrl!).LocalPath, ".wav"))).Samples;
}
