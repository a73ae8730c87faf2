using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.SunoApi;

namespace MusicBot.Infrastructure.Tests.Providers.SunoApi;

/// <summary>
/// Checks one shared-reference sunoapi fixture against the client model it belongs to (by its name), asserting the
/// fields the bot uses. Requests must round-trip with exactly the documented key spellings.
/// </summary>
internal static class SunoApiSharedFixture
{
    private static SunoApiJsonContext Json => SunoApiJsonContext.Default;

    // Endpoints the bot never calls (their answers and callbacks are still read for a task id below).
    private static readonly string[] UnusedRequests = ["cover-image-generate", "mp4-generate", "style-generate", "upload-extend"];

    private static readonly Dictionary<string, SunoCallbackKind> OperationCallbacks = new(StringComparer.Ordinal)
    {
        ["lyrics-callback"] = SunoCallbackKind.Lyrics,
        ["wav-callback"] = SunoCallbackKind.Wav,
        ["separation-callback"] = SunoCallbackKind.Stems,
    };

    public static void Check(string name, byte[] json)
    {
        var endpoint = name[..name.IndexOf("--", StringComparison.Ordinal)];
        if (endpoint == "file-upload")
        {
            // The upload host has its own envelope and is not used by the bot: it must still be JSON with a code.
            Assert.NotNull(JsonNode.Parse(json)?["code"]);
        }
        else if (name.Contains("--request", StringComparison.Ordinal))
        {
            CheckRequest(endpoint, json);
        }
        else if (endpoint.EndsWith("-callback", StringComparison.Ordinal))
        {
            CheckCallback(endpoint, name, json);
        }
        else
        {
            CheckResponse(endpoint, name, json);
        }
    }

    private static void CheckRequest(string endpoint, byte[] json)
    {
        switch (endpoint)
        {
            case "generate": RoundTrip(json, Json.SunoGenerateBody); break;
            case "extend": RoundTrip(json, Json.SunoExtendBody); break;
            case "upload-cover": RoundTrip(json, Json.SunoUploadCoverBody); break;
            case "add-instrumental": RoundTrip(json, Json.SunoAddInstrumentalBody); break;
            case "add-vocals": RoundTrip(json, Json.SunoAddVocalsBody); break;
            case "lyrics": RoundTrip(json, Json.SunoLyricsBody); break;
            case "wav-generate": RoundTrip(json, Json.SunoWavBody); break;
            case "vocal-removal-generate": RoundTrip(json, Json.SunoVocalRemovalBody); break;
            case "timestamped-lyrics": RoundTrip(json, Json.SunoTimestampedLyricsBody); break;
            default: Assert.Contains(endpoint, UnusedRequests); break;
        }
    }

    private static void RoundTrip<T>(byte[] json, JsonTypeInfo<T> info) => RequestShape.RoundTrips(json, info);

    private static void CheckCallback(string endpoint, string name, byte[] json)
    {
        var callback = JsonSerializer.Deserialize(json, Json.SunoCallback)!;
        Assert.False(string.IsNullOrEmpty(callback.TaskId), "no task id");
        var isFailure = name.Contains("failure", StringComparison.Ordinal) || name.Contains("error", StringComparison.Ordinal);
        if (OperationCallbacks.TryGetValue(endpoint, out var kind))
        {
            // The bot's operations: told apart by shape, and read into a result (or a failure) as the poll would.
            var read = callback.Kind switch
            {
                SunoCallbackKind.Lyrics => SunoApiOperationProgress.FromLyricsCallback(callback),
                SunoCallbackKind.Wav => SunoApiOperationProgress.FromWavCallback(callback),
                SunoCallbackKind.Stems => SunoApiOperationProgress.FromStemsCallback(callback),
                _ => ProviderProgress.Pending,
            };
            Assert.Equal((kind, isFailure ? ProviderStage.Failed : ProviderStage.Complete), (callback.Kind, read.Stage));
            return;
        }

        if (endpoint is not ("music-callback" or "extend-callback" or "upload-cover-callback" or "upload-extend-callback"
            or "add-instrumental-callback" or "add-vocals-callback"))
        {
            Assert.Equal(SunoCallbackKind.Music, callback.Kind);
            return;
        }

        var progress = SunoApiMapping.ToProgress(callback);
        Assert.Equal(SunoCallbackKind.Music, callback.Kind);
        var expected = name switch
        {
            _ when isFailure => ProviderStage.Failed,
            _ when name.Contains("first-stage", StringComparison.Ordinal) => ProviderStage.FirstTrackReady,
            _ when name.Contains("text-stage", StringComparison.Ordinal) => ProviderStage.TextReady,
            _ => ProviderStage.Complete,
        };
        Assert.Equal(expected, progress.Stage);
        if (expected is ProviderStage.Complete or ProviderStage.FirstTrackReady)
        {
            Assert.All(progress.Tracks, t => Assert.True(t.HasAudio && t.Title is not null && t.ImageUrl is not null && t.DurationSeconds > 0, name));
        }
    }

    private static void CheckResponse(string endpoint, string name, byte[] json)
    {
        switch (endpoint)
        {
            case "record-info" when name.Contains("422", StringComparison.Ordinal):
                Assert.Equal((422, (SunoRecordInfo?)null), Parse(json, Json.SunoEnvelopeSunoRecordInfo) is var e ? (e.Code, e.Data) : default);
                break;
            case "record-info":
                var progress = SunoApiMapping.ToProgress(Parse(json, Json.SunoEnvelopeSunoRecordInfo).Data);
                Assert.Equal(ProviderStage.Complete, progress.Stage);
                Assert.All(progress.Tracks, t => Assert.True(t.HasAudio && t.Title is not null && t.ImageUrl is not null && t.DurationSeconds > 0));
                break;
            case "lyrics-record-info":
                Assert.NotEmpty(Parse(json, Json.SunoEnvelopeSunoLyricsRecord).Data!.Response!.Variants);
                break;
            case "wav-record-info":
                Assert.NotNull(Parse(json, Json.SunoEnvelopeSunoWavRecord).Data!.Response!.AudioWavUrl);
                break;
            case "vocal-removal-record-info":
                var stems = Parse(json, Json.SunoEnvelopeSunoVocalRemovalRecord).Data!;
                Assert.NotNull(stems.Response!.VocalUrl);
                Assert.NotNull(Infrastructure.Providers.Remote.ProviderTime.Parse(stems.CreateTime));
                break;
            case "credit":
                Assert.True(Parse(json, Json.SunoEnvelopeNullableDouble).Data >= 0);
                break;
            case "timestamped-lyrics":
                Assert.NotEmpty(Parse(json, Json.SunoEnvelopeSunoTimestampedLyrics).Data!.AlignedWords!);
                break;
            case "auth":
                Assert.Equal(401, Parse(json, Json.SunoEnvelopeSunoTaskId).Code);
                break;
            default:
                // Submit answers (and the record-info of endpoints the bot does not poll) carry a task id.
                Assert.False(string.IsNullOrEmpty(Parse(json, Json.SunoEnvelopeSunoTaskId).Data?.TaskId), "no task id");
                break;
        }
    }

    private static T Parse<T>(byte[] json, JsonTypeInfo<T> info) => JsonSerializer.Deserialize(json, info) ?? throw new InvalidOperationException("empty");
}
