using System.Globalization;
using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Music.SunoApi;

/// <summary>
/// sunoapi JSON as the docs show it (camelCase in record-info, snake_case in callbacks) or, with real shapes, as real
/// traffic carries it: epoch-ms times, an empty <c>audio_url</c> and no <c>duration</c> on a track not yet done.
/// </summary>
public static class SunoShapes
{
    public static JsonObject Envelope(int code, string msg, JsonNode? data) => new() { ["code"] = code, ["msg"] = msg, ["data"] = data };

    public static JsonNode Time(long epochMs, bool real) => real
        ? JsonValue.Create(epochMs)
        : JsonValue.Create(DateTimeOffset.FromUnixTimeMilliseconds(epochMs).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));

    public static JsonObject RecordInfo(SunoTask task, bool real)
    {
        var hasTracks = task.Tracks.Any(t => t.IsStreaming);
        var data = new JsonObject
        {
            ["taskId"] = task.Id,
            ["parentMusicId"] = (string?)task.Param["audioId"] ?? "",
            ["param"] = task.Param.ToJsonString(),
            ["response"] = hasTracks
                ? new JsonObject { ["taskId"] = task.Id, ["sunoData"] = new JsonArray([.. task.Tracks.Select(t => RecordTrack(t, task.CreatedAtMs, real))]) }
                : null,
            ["status"] = task.Status,
            ["type"] = real ? task.Tracks.FirstOrDefault()?.ModelName ?? "chirp-crow" : "GENERATE",
            ["operationType"] = task.Operation,
            ["errorCode"] = task.ErrorCode,
            ["errorMessage"] = task.ErrorMessage,
        };
        if (real)
        {
            data["createTime"] = task.CreatedAtMs;
        }

        return Envelope(200, "success", data);
    }

    public static JsonObject Callback(SunoTask task, string type, bool real)
    {
        JsonArray tracks = type switch
        {
            "text" => [],
            // The docs show the first track alone; real traffic carries both, the second unfinished.
            "first" => real
                ? [.. task.Tracks.Select(t => CallbackTrack(t, task.CreatedAtMs, real, t.IsReady))]
                : [.. task.Tracks.Where(t => t.IsReady).Take(1).Select(t => CallbackTrack(t, task.CreatedAtMs, real, true))],
            _ => [.. task.Tracks.Select(t => CallbackTrack(t, task.CreatedAtMs, real, true))],
        };
        var message = type switch
        {
            "text" => "Text generation completed.",
            "first" => real ? "First audio generated successfully." : "First track generated successfully.",
            _ => "All generated successfully.",
        };
        return Envelope(200, message, new JsonObject { ["callbackType"] = type, ["task_id"] = task.Id, ["data"] = tracks });
    }

    public static JsonObject ErrorCallback(SunoTask task) =>
        Envelope(task.Script.FailCode, task.Script.FailMessage, new JsonObject { ["callbackType"] = "error", ["task_id"] = task.Id, ["data"] = null });

    /// <summary>
    /// The failed callback of a lyrics, WAV or separation task (§2.5.2–§2.5.4): lyrics name the task <c>taskId</c>
    /// with <c>callbackType: error</c>; WAV and separation say <c>task_id</c> and send their result key as null.
    /// </summary>
    public static JsonObject OperationErrorCallback(SunoTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var data = task.Kind switch
        {
            "lyrics" => new JsonObject { ["callbackType"] = "error", ["taskId"] = task.Id, ["data"] = null },
            "wav" => new JsonObject { ["audioWavUrl"] = null, ["task_id"] = task.Id },
            _ => new JsonObject { ["task_id"] = task.Id, ["vocal_removal_info"] = null },
        };
        return Envelope(task.Script.FailCode, task.Script.FailMessage, data);
    }

    private static JsonObject RecordTrack(SunoTrackState track, long createdAtMs, bool real) => new()
    {
        ["id"] = track.Id,
        ["audioUrl"] = track.IsReady ? track.FileUrl : "",
        ["sourceAudioUrl"] = track.IsReady ? track.FileUrl : null,
        ["streamAudioUrl"] = track.StreamUrl,
        ["sourceStreamAudioUrl"] = track.StreamUrl,
        ["imageUrl"] = track.ImageUrl,
        ["sourceImageUrl"] = track.ImageUrl,
        ["prompt"] = track.Lyrics,
        ["modelName"] = track.ModelName,
        ["title"] = track.Title,
        ["tags"] = track.Tags,
        ["createTime"] = Time(createdAtMs, real),
        ["duration"] = track.IsReady ? track.Duration : null,
    };

    private static JsonObject CallbackTrack(SunoTrackState track, long createdAtMs, bool real, bool isReady)
    {
        var fields = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["id"] = track.Id,
            ["audio_url"] = isReady ? track.FileUrl : "",
            ["stream_audio_url"] = track.StreamUrl,
            ["source_stream_audio_url"] = track.StreamUrl,
            ["image_url"] = track.ImageUrl,
            ["source_image_url"] = track.ImageUrl,
            ["prompt"] = track.Lyrics,
            ["model_name"] = track.ModelName,
            ["title"] = track.Title,
            ["tags"] = track.Tags,
            ["createTime"] = Time(createdAtMs, real),
        };

        // A finished track has its length and source audio; an unfinished one (real traffic) has neither key at all.
        if (isReady)
        {
            fields["source_audio_url"] = track.FileUrl;
            fields["duration"] = track.Duration;
        }

        return new JsonObject(fields);
    }
}
