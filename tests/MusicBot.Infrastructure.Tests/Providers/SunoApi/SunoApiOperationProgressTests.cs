using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.SunoApi;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.SunoApi;

/// <summary>WAV, stems and lyrics record-info in the documented shapes, read as progress.</summary>
public sealed class SunoApiOperationProgressTests
{
    private static SunoApiJsonContext Json => SunoApiJsonContext.Default;

    [Fact]
    public void FromWav_Success_IsOneTrackWithTheWavFile()
    {
        var progress = SunoApiOperationProgress.FromWav(Read(Json.SunoEnvelopeSunoWavRecord, "wav-record-info--success.json"));

        Assert.Equal(ProviderStage.Complete, progress.Stage);
        Assert.Equal(new ProviderTrack { Index = 1, AudioUrl = "https://files.example.test/w1.wav" }, Assert.Single(progress.Tracks));
    }

    [Fact]
    public void FromWav_ConversionFailed_SaysSoWithTheProvidersReason()
    {
        var progress = SunoApiOperationProgress.FromWav(Read(Json.SunoEnvelopeSunoWavRecord, "wav-record-info--failed.json"));

        Assert.Equal(ProviderStage.Failed, progress.Stage);
        Assert.Equal(("500", "sunoapi could not convert a song to WAV (Conversion failed).", false), (progress.Failure!.Code, progress.Failure.UserMessage, progress.Failure.IsTransient));
    }

    [Fact]
    public void FromWav_CallbackExceptionWithTheFile_IsStillComplete()
    {
        var record = Read(Json.SunoEnvelopeSunoWavRecord, "wav-record-info--success.json")! with { SuccessFlag = "CALLBACK_EXCEPTION" };

        Assert.Equal(ProviderStage.Complete, SunoApiOperationProgress.FromWav(record).Stage);
    }

    [Fact]
    public void FromStems_SeparateVocal_IsVocalsThenInstrumentalNamedByStem()
    {
        var progress = SunoApiOperationProgress.FromStems(Read(Json.SunoEnvelopeSunoVocalRemovalRecord, "vocal-removal-record-info--separate-vocal.json"));

        Assert.Equal(ProviderStage.Complete, progress.Stage);
        Assert.Equal(
            [(1, "Vocals", "https://files.example.test/v2.mp3"), (2, "Instrumental", "https://files.example.test/i2.mp3")],
            progress.Tracks.Select(t => (t.Index, t.Title, t.AudioUrl)));
    }

    [Fact]
    public void FromStems_Pending_IsPending() =>
        Assert.Equal(ProviderStage.Pending, SunoApiOperationProgress.FromStems(Read(Json.SunoEnvelopeSunoVocalRemovalRecord, "vocal-removal-record-info--split-stem-pending.json")).Stage);

    [Fact]
    public void FromStems_SuccessWithoutAnyStem_FailsRatherThanDeliveringNothing()
    {
        var record = Read(Json.SunoEnvelopeSunoVocalRemovalRecord, "vocal-removal-record-info--separate-vocal.json")! with { Response = new SunoStems() };

        var progress = SunoApiOperationProgress.FromStems(record);

        Assert.Equal(ProviderStage.Failed, progress.Stage);
        Assert.Contains("could not split a song into stems", progress.Failure!.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLyrics_SchemaArrayName_EachVariantIsATrackWithTitleAndTextAndNoAudio()
    {
        var progress = SunoApiOperationProgress.FromLyrics(Read(Json.SunoEnvelopeSunoLyricsRecord, "lyrics-record-info--schema-data-array.json"));

        Assert.Equal(ProviderStage.Complete, progress.Stage);
        var variant = Assert.Single(progress.Tracks);
        Assert.Equal((1, "City", "[Verse]\nCity lights", false), (variant.Index, variant.Title, variant.Lyrics, variant.HasAudio));
    }

    [Fact]
    public void FromLyrics_SensitiveWord_FailsWithTheReason()
    {
        var progress = SunoApiOperationProgress.FromLyrics(Read(Json.SunoEnvelopeSunoLyricsRecord, "lyrics-record-info--sensitive-word.json"));

        Assert.Equal("sunoapi could not write lyrics with AI (The topic contains prohibited words).", progress.Failure!.UserMessage);
    }

    [Fact]
    public void FromLyrics_EveryVariantFailed_FailsWithTheVariantsError()
    {
        var record = Read(Json.SunoEnvelopeSunoLyricsRecord, "lyrics-record-info--schema-data-array.json")!;
        var failed = record with { Response = new SunoLyricsResponse("lyr1", [new SunoLyricsVariant("", "City", "failed", "Could not write this one")], null) };

        Assert.Equal("sunoapi could not write lyrics with AI (Could not write this one).", SunoApiOperationProgress.FromLyrics(failed).Failure!.UserMessage);
    }

    [Theory]
    [InlineData("PENDING")]
    [InlineData("SOMETHING_NEW")]
    public void FromLyrics_PendingOrUnknownStatus_IsStillRunning(string status)
    {
        var record = Read(Json.SunoEnvelopeSunoLyricsRecord, "lyrics-record-info--schema-data-array.json")! with { Status = status };

        Assert.Equal(ProviderStage.Pending, SunoApiOperationProgress.FromLyrics(record).Stage);
    }

    private static T? Read<T>(JsonTypeInfo<SunoEnvelope<T>> info, string file) =>
        (JsonSerializer.Deserialize(Fixtures.Own("sunoapi", file), info) ?? throw new InvalidOperationException($"{file} is empty")).Data;
}
