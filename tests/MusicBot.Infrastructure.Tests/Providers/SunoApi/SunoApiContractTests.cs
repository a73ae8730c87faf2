using System.Text.Json;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Remote;
using MusicBot.Infrastructure.Providers.SunoApi;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.SunoApi;

/// <summary>Every sunoapi shape the bot reads parses with the fields it uses intact: the project's fixtures, and the shared reference ones.</summary>
public sealed class SunoApiContractTests
{
    private static SunoApiJsonContext Json => SunoApiJsonContext.Default;

    [Fact]
    public void RecordInfo_DocsShape_ReadsBothTracksAsComplete()
    {
        var envelope = Read(Json.SunoEnvelopeSunoRecordInfo, "record-info--success-docs-shape.json");

        var progress = SunoApiMapping.ToProgress(envelope.Data);

        Assert.Equal(ProviderStage.Complete, progress.Stage);
        Assert.Equal([1, 2], progress.Tracks.Select(t => t.Index));
        var first = progress.Tracks[0];
        Assert.Equal(("track-one", "Rainy Window", "lo-fi, piano", 187.5), (first.ProviderTrackId, first.Title, first.Style, first.DurationSeconds));
        Assert.Equal("https://files.example.test/track-one.mp3", first.AudioUrl);
        Assert.Equal("https://files.example.test/track-one.jpeg", first.ImageUrl);
        Assert.Equal("[Verse] Rain on the window", first.Lyrics);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), ProviderTime.Parse(envelope.Data!.Response!.SunoData![0].CreateTime));
    }

    [Fact]
    public void RecordInfo_RealTextStage_EmptyAudioNullDurationAndEpochTime_ReadAsStreamOnly()
    {
        var envelope = Read(Json.SunoEnvelopeSunoRecordInfo, "record-info--text-success-real-shape.json");

        var progress = SunoApiMapping.ToProgress(envelope.Data);

        Assert.Equal(ProviderStage.TextReady, progress.Stage);
        var track = Assert.Single(progress.Tracks);
        Assert.False(track.HasAudio);
        Assert.Null(track.DurationSeconds);
        Assert.Equal("https://files.example.test/stream/0c9f", track.StreamUrl);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767261600123), ProviderTime.Parse(envelope.Data!.Response!.SunoData![0].CreateTime));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767261600000), SunoApiMapping.CreatedAt(envelope.Data));
    }

    [Fact]
    public void RecordInfo_CallbackExceptionWithAudio_IsSuccessAndReadsStringAndMissingDurations()
    {
        var progress = SunoApiMapping.ToProgress(Read(Json.SunoEnvelopeSunoRecordInfo, "record-info--callback-exception-with-audio.json").Data);

        Assert.Equal(ProviderStage.Complete, progress.Stage);
        Assert.Equal([143.2, null], progress.Tracks.Select(t => t.DurationSeconds));
    }

    [Fact]
    public void RecordInfo_SensitiveWord_FailsWithAContentMessage()
    {
        var progress = SunoApiMapping.ToProgress(Read(Json.SunoEnvelopeSunoRecordInfo, "record-info--sensitive-word.json").Data);

        Assert.Equal(ProviderStage.Failed, progress.Stage);
        Assert.Contains("refused the content", progress.Failure!.UserMessage, StringComparison.Ordinal);
        Assert.Contains("prohibited words", progress.Failure.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordInfo_UnknownStatusModelAndOperation_ReadsAsStillRunning()
    {
        Assert.Equal(ProviderStage.Pending, SunoApiMapping.ToProgress(Read(Json.SunoEnvelopeSunoRecordInfo, "record-info--unknown-status.json").Data).Stage);
    }

    [Theory]
    [InlineData("record-info--unknown-task.json", 422)]
    [InlineData("generate--insufficient-credits.json", 429)]
    [InlineData("auth--401.json", 401)]
    public void Envelope_Errors_KeepTheirCodeAndNoData(string file, int code)
    {
        var envelope = Read(Json.SunoEnvelopeSunoRecordInfo, file);

        Assert.Equal(code, envelope.Code);
        Assert.Null(envelope.Data);
    }

    [Fact]
    public void Generate_Accepted_ReadsTheTaskId() =>
        Assert.Equal("9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a", Read(Json.SunoEnvelopeSunoTaskId, "generate--accepted.json").Data!.TaskId);

    [Fact]
    public void Credit_BareNumber_Reads() => Assert.Equal(87, Read(Json.SunoEnvelopeNullableDouble, "credit.json").Data);

    [Theory]
    [InlineData("callback--text.json", ProviderStage.TextReady, 0)]
    [InlineData("callback--first-real-shape.json", ProviderStage.FirstTrackReady, 2)]
    [InlineData("callback--complete.json", ProviderStage.Complete, 2)]
    [InlineData("callback--error.json", ProviderStage.Failed, 0)]
    [InlineData("callback--error-501.json", ProviderStage.Failed, 0)]
    public void MusicCallback_EachStage_ReadsStageAndTracks(string file, ProviderStage stage, int tracks)
    {
        var callback = Read(Json.SunoCallback, file);

        var progress = SunoApiMapping.ToProgress(callback);

        Assert.NotNull(callback.TaskId);
        Assert.Equal(stage, progress.Stage);
        Assert.Equal(tracks, progress.Tracks.Count);
    }

    [Fact]
    public void MusicCallback_RealFirstStage_SecondTrackHasNoAudioAndNoDuration()
    {
        var progress = SunoApiMapping.ToProgress(Read(Json.SunoCallback, "callback--first-real-shape.json"));

        Assert.Equal(("https://files.example.test/7e1d.mp3", 162.4), (progress.Tracks[0].AudioUrl, progress.Tracks[0].DurationSeconds));
        Assert.Equal((false, (double?)null), (progress.Tracks[1].HasAudio, progress.Tracks[1].DurationSeconds));
        Assert.Equal("https://files.example.test/s/8f2e", progress.Tracks[1].StreamUrl);
    }

    [Theory]
    [InlineData("lyrics-callback--complete.json", "lyr1")]
    [InlineData("wav-callback--success.json", "wav1")]
    [InlineData("separation-callback--split-stem.json", "sep1")]
    [InlineData("midi-callback--top-level-task-id.json", "midi1")]
    public void OtherCallbacks_ReadTheirTaskIdWhereverItSits(string file, string taskId) =>
        Assert.Equal(taskId, Read(Json.SunoCallback, file).TaskId);

    [Fact]
    public void LyricsRecord_SchemaArrayName_ReadsTheVariants() =>
        Assert.Equal("[Verse]\nCity lights", Assert.Single(Read(Json.SunoEnvelopeSunoLyricsRecord, "lyrics-record-info--schema-data-array.json").Data!.Response!.Variants).Text);

    [Fact]
    public void WavRecord_ReadsTheWavUrl() =>
        Assert.Equal("https://files.example.test/w1.wav", Read(Json.SunoEnvelopeSunoWavRecord, "wav-record-info--success.json").Data!.Response!.AudioWavUrl);

    [Fact]
    public void TimestampedLyrics_NumbersAsStrings_Read()
    {
        var words = Read(Json.SunoEnvelopeSunoTimestampedLyrics, "timestamped-lyrics--success.json").Data!.AlignedWords!;

        Assert.Equal([(1.2, 1.7), (1.8, 2.1)], words.Select(w => (w.StartS!.Value, w.EndS!.Value)));
    }

    [SharedReferenceFact]
    public void SharedFixtures_EveryFile_ParsesIntoTheClientModels()
    {
        var problems = new List<string>();
        foreach (var path in Fixtures.Shared("sunoapi"))
        {
            try
            {
                SunoApiSharedFixture.Check(Path.GetFileName(path), File.ReadAllBytes(path));
            }
            catch (Exception ex) when (ex is JsonException or Xunit.Sdk.XunitException or InvalidOperationException)
            {
                problems.Add($"{Path.GetFileName(path)}: {ex.Message}");
            }
        }

        Assert.Empty(problems);
    }

    private static T Read<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, string file) =>
        JsonSerializer.Deserialize(Fixtures.Own("sunoapi", file), info) ?? throw new InvalidOperationException($"{file} is empty");
}
