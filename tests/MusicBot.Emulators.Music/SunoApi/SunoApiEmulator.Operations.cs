using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MusicBot.Emulators.Music.Common;

namespace MusicBot.Emulators.Music.SunoApi;

/// <summary>Lyrics, WAV, stem separation and timestamped lyrics: operations on finished tracks.</summary>
public sealed partial class SunoApiEmulator
{
    public double WavCost { get; set; } = 0.4;

    public double StemsCost { get; set; } = 10;

    private static readonly string[] Stems =
        ["vocal", "backingVocals", "drums", "bass", "guitar", "keyboard", "percussion", "strings", "synth", "fx", "brass", "woodwinds"];

    private void MapOperations(RouteGroupBuilder api)
    {
        api.MapPost("/lyrics", (HttpContext http, CancellationToken _) => CreateOperationAsync(http, "lyrics", 0, CheckLyrics, CompleteLyrics));
        api.MapGet("/lyrics/record-info", (HttpContext http, string? taskId) => RecordAsync(http, "lyrics-record-info", taskId, "lyrics", LyricsRecord));
        api.MapPost("/wav/generate", (HttpContext http, CancellationToken _) => CreateOperationAsync(http, "wav", WavCost, CheckTrackOperation, CompleteWav));
        api.MapGet("/wav/record-info", (HttpContext http, string? taskId) => RecordAsync(http, "wav-record-info", taskId, "wav", FileRecord));
        api.MapPost("/vocal-removal/generate", (HttpContext http, CancellationToken _) => CreateOperationAsync(http, "vocal-removal", StemsCost, CheckTrackOperation, CompleteStems));
        api.MapGet("/vocal-removal/record-info", (HttpContext http, string? taskId) => RecordAsync(http, "vocal-removal-record-info", taskId, "vocal-removal", FileRecord));
        api.MapPost("/generate/get-timestamped-lyrics", (HttpContext http, CancellationToken _) => WithFaultsAsync(http, "timestamped-lyrics", Error, async () =>
        {
            var body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: Stopping) as JsonObject ?? [];
            if (SunoRequestRules.Require(body, "taskId", "audioId") is { } missing)
            {
                return Error(missing.Code, missing.Message);
            }

            var track = _tasks.GetValueOrDefault((string)body["taskId"]!)?.Tracks.FirstOrDefault(t => t.Id == (string?)body["audioId"] && t.IsReady);
            return track is null ? Error(400, "taskId/audioId do not name a finished track") : Results.Json(SunoShapes.Envelope(200, "success", Aligned(track)));
        }));
    }

    /// <summary>The lyrics prompt is at most 200 words (§2.4.9); longer is "too long" (413).</summary>
    private static (int Code, string Message)? CheckLyrics(JsonObject body) =>
        SunoRequestRules.Require(body, "prompt", "callBackUrl")
        ?? (((string)body["prompt"]!).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > 200 ? (413, "Theme or prompt too long") : null);

    private (int Code, string Message)? CheckTrackOperation(JsonObject body)
    {
        if (SunoRequestRules.Require(body, "taskId", "audioId", "callBackUrl") is { } missing)
        {
            return missing;
        }

        var source = _tasks.GetValueOrDefault((string)body["taskId"]!);
        if (source?.Tracks.Any(t => t.Id == (string?)body["audioId"] && t.IsReady) != true)
        {
            return (400, "taskId/audioId do not name a finished track");
        }

        return (string?)body["type"] is null or "separate_vocal" or "split_stem" ? null : (400, "type must be separate_vocal or split_stem");
    }

    private Task<IResult> CreateOperationAsync(
        HttpContext http, string kind, double cost, Func<JsonObject, (int Code, string Message)?> check, Func<SunoTask, JsonObject> complete) =>
        WithFaultsAsync(http, kind, Error, async () =>
        {
            if (await JsonNode.ParseAsync(http.Request.Body, cancellationToken: Stopping) is not JsonObject body)
            {
                return Error(400, "body must be a JSON object");
            }

            if (check(body) is { } problem)
            {
                return Error(problem.Code, problem.Message);
            }

            if (kind == "wav" && _tasks.Values.Any(t => t.Kind == "wav" && (string?)t.Param["audioId"] == (string?)body["audioId"]))
            {
                return Error(409, "Conflict - WAV record already exists");
            }

            if (!TryCharge(cost))
            {
                return Error(429, "Insufficient credits");
            }

            var task = NewTask(kind, kind, body, cost, _scripts.TryDequeue(out var script) ? script : new SunoTaskScript());
            RunInBackground(ct => RunOperationAsync(task, complete, ct));
            return Results.Json(SunoShapes.Envelope(200, "success", new JsonObject { ["taskId"] = task.Id }));
        });

    /// <summary>
    /// One stage, then the result and its single callback; a script's failure ends the task with its status and the
    /// kind's error callback. As with music, a result whose callback cannot be delivered reads CALLBACK_EXCEPTION.
    /// </summary>
    private async Task RunOperationAsync(SunoTask task, Func<SunoTask, JsonObject> complete, CancellationToken cancellationToken)
    {
        if (task.Script.Hang)
        {
            return;
        }

        await Task.Delay(StageDelay, cancellationToken);
        if (task.Script.FailStatus is { } failure)
        {
            task.ErrorCode = task.Script.FailCode;
            task.ErrorMessage = task.Script.FailMessage;
            task.Status = failure;
            Refund(task.Cost);
            await Callbacks.SendAsync(task.CallbackUrl, SunoShapes.OperationErrorCallback(task).ToJsonString(), null, null, cancellationToken);
            return;
        }

        var payload = complete(task);
        task.Status = "SUCCESS";
        if (!await Callbacks.SendAsync(task.CallbackUrl, payload.ToJsonString(), null, null, cancellationToken))
        {
            task.Status = "CALLBACK_EXCEPTION";
        }
    }

    private Task<IResult> RecordAsync(HttpContext http, string endpoint, string? taskId, string kind, Func<SunoTask, JsonObject> record) =>
        WithFaultsAsync(http, endpoint, Error, () => Task.FromResult(
            _tasks.GetValueOrDefault(taskId ?? "") is { } task && task.Kind == kind ? Results.Json(SunoShapes.Envelope(200, "success", record(task))) : UnknownTask()));

    private static JsonObject CompleteLyrics(SunoTask task)
    {
        var prompt = (string?)task.Param["prompt"] ?? "";
        var variants = new JsonArray(
            [.. Enumerable.Range(1, 2).Select(i => new JsonObject
            {
                ["text"] = $"[Verse]\n{prompt}, take {i}\n[Chorus]\nSing it again",
                ["title"] = $"Lyrics {i}",
                ["status"] = "complete",
                ["errorMessage"] = "",
            })]);
        task.Result["lyricsData"] = variants;
        return SunoShapes.Envelope(200, "All generated successfully.", new JsonObject { ["callbackType"] = "complete", ["taskId"] = task.Id, ["data"] = variants.DeepClone() });
    }

    private static JsonObject LyricsRecord(SunoTask task) => new()
    {
        ["taskId"] = task.Id,
        ["param"] = task.Param.ToJsonString(),
        ["response"] = HasResult(task) ? new JsonObject { ["taskId"] = task.Id, ["lyricsData"] = task.Result["lyricsData"]!.DeepClone() } : null,
        ["status"] = task.Status,
        ["type"] = "LYRICS",
        ["errorCode"] = task.ErrorCode,
        ["errorMessage"] = task.ErrorMessage,
    };

    private JsonObject CompleteWav(SunoTask task)
    {
        var url = Files.AddTrack($"{task.Id}.wav", 2.5);
        task.Result["audioWavUrl"] = url;
        return SunoShapes.Envelope(200, "success", new JsonObject { ["audioWavUrl"] = url, ["task_id"] = task.Id });
    }

    private JsonObject CompleteStems(SunoTask task)
    {
        var split = (string?)task.Param["type"] == "split_stem";
        var names = split ? Stems : ["vocal", "instrumental"];
        var info = new JsonObject { ["origin_url"] = "" };
        foreach (var name in names)
        {
            var url = Files.AddTrack($"{task.Id}-{name}.wav", 2.5);
            task.Result[$"{name}Url"] = url;
            info[$"{Snake(name)}_url"] = url;
        }

        return SunoShapes.Envelope(200, "vocal Removal generated successfully.", new JsonObject { ["task_id"] = task.Id, ["vocal_removal_info"] = info });
    }

    private static JsonObject FileRecord(SunoTask task) => new()
    {
        ["taskId"] = task.Id,
        ["musicId"] = (string?)task.Param["audioId"],
        ["callbackUrl"] = task.CallbackUrl,
        ["completeTime"] = task.Status == "PENDING" ? null : DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        ["response"] = HasResult(task) ? task.Result.DeepClone() : null,
        ["successFlag"] = task.Status,
        ["createTime"] = task.CreatedAtMs,
        ["errorCode"] = task.ErrorCode,
        ["errorMessage"] = task.ErrorMessage,
    };

    /// <summary>The result is written before the status says so, so a record read meanwhile never shows half of it.</summary>
    private static bool HasResult(SunoTask task) => task.Status is "SUCCESS" or "CALLBACK_EXCEPTION";

    private static JsonObject Aligned(SunoTrackState track)
    {
        var words = track.Lyrics.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return new JsonObject
        {
            ["alignedWords"] = new JsonArray([.. words.Select((w, i) => new JsonObject
            {
                ["word"] = w, ["success"] = true, ["startS"] = i * 0.4, ["endS"] = (i * 0.4) + 0.35, ["palign"] = 0,
            })]),
            ["waveformData"] = new JsonArray(0, 1, 0.5, 0.75),
            ["hootCer"] = 0.12,
            ["isStreamed"] = false,
        };
    }

    private static string Snake(string camel) => string.Concat(camel.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
}
