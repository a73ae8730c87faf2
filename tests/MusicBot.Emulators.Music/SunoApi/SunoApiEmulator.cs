using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MusicBot.Emulators.Music.Common;

namespace MusicBot.Emulators.Music.SunoApi;

/// <summary>
/// sunoapi.org (and its apibox mirror): the documented endpoints under <c>/api/v1</c>, Bearer auth, the
/// <c>{code,msg,data}</c> envelope with business errors as HTTP 200, two tracks per music task moving PENDING →
/// TEXT_SUCCESS → FIRST_SUCCESS → SUCCESS with <c>text</c>/<c>first</c>/<c>complete</c> callbacks, credits charged at
/// creation and refunded on failure. A callback that cannot be delivered leaves the task in CALLBACK_EXCEPTION, as
/// the real service reports it.
/// </summary>
public sealed partial class SunoApiEmulator : EmulatorServer
{
    private readonly ConcurrentDictionary<string, SunoTask> _tasks = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SunoTaskScript> _scripts = new();
    private readonly Lock _credits = new();

    /// <summary>Models accepted on requests; the docs' list changed over time, so it is open.</summary>
    public HashSet<string> Models { get; } = ["V3_5", "V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5"];

    public double Credits { get; set; } = 1000;

    public double GenerateCost { get; set; } = 12;

    /// <summary>Real-traffic shapes for every task unless its script says otherwise.</summary>
    public bool RealShapes { get; set; }

    public IReadOnlyCollection<SunoTask> Tasks => [.. _tasks.Values];

    /// <summary>The next tasks (music, lyrics, WAV or stems) follow these scripts, in order; later ones the default.</summary>
    public void Script(SunoTaskScript script, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _scripts.Enqueue(script);
        }
    }

    public SunoTask? Find(string taskId) => _tasks.GetValueOrDefault(taskId);

    protected override void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter(async (context, next) =>
            context.HttpContext.Request.Headers.Authorization.ToString() == $"Bearer {ApiKey}"
                ? await next(context)
                : Results.Json(new JsonObject { ["code"] = 401, ["msg"] = "You do not have access permissions" }, statusCode: 401));
        api.MapPost("/generate", (HttpContext http, CancellationToken _) => CreateMusicAsync(http, "generate", "generate", body => SunoRequestRules.CheckGenerate(body, Models)));
        api.MapPost("/generate/extend", (HttpContext http, CancellationToken _) => CreateMusicAsync(http, "extend", "extend", CheckExtend));
        api.MapPost("/generate/upload-cover", (HttpContext http, CancellationToken _) => CreateMusicAsync(http, "upload-cover", "upload_cover",
            body => SunoRequestRules.Require(body, "uploadUrl") ?? SunoRequestRules.CheckGenerate(body, Models)));
        api.MapPost("/generate/add-instrumental", (HttpContext http, CancellationToken _) => CreateMusicAsync(http, "add-instrumental", "add_instrumental",
            body => SunoRequestRules.Require(body, "uploadUrl", "title", "tags", "callBackUrl") ?? SunoRequestRules.CheckAddPart(body)));
        api.MapPost("/generate/add-vocals", (HttpContext http, CancellationToken _) => CreateMusicAsync(http, "add-vocals", "add_vocals",
            body => SunoRequestRules.Require(body, "uploadUrl", "callBackUrl", "prompt", "title", "style") ?? SunoRequestRules.CheckAddPart(body)));
        api.MapGet("/generate/record-info", (HttpContext http, string? taskId) => WithFaultsAsync(http, "record-info", Error, () =>
            Task.FromResult(_tasks.GetValueOrDefault(taskId ?? "") is { Kind: "music" } task
                ? Results.Json(SunoShapes.RecordInfo(task, task.Script.RealShapes ?? RealShapes))
                : UnknownTask())));
        api.MapGet("/generate/credit", (HttpContext http, CancellationToken _) => WithFaultsAsync(http, "credit", Error, () =>
            Task.FromResult(Results.Json(SunoShapes.Envelope(200, "success", Credits)))));
        MapOperations(api);
    }

    private static IResult Error(Fault.Business fault) =>
        Results.Json(SunoShapes.Envelope(int.Parse(fault.Code, System.Globalization.CultureInfo.InvariantCulture), fault.Message, null));

    private static IResult Error(int code, string message) => Results.Json(SunoShapes.Envelope(code, message, null));

    /// <summary>The sibling API's answer for a task it does not know (sunoapi.org's own is undocumented).</summary>
    private static IResult UnknownTask() => Error(422, "recordInfo is null");

    /// <summary>
    /// Extend (§2.4.2): <c>defaultParamFlag</c> decides between reusing the source's parameters and custom ones
    /// (prompt, style, title, continueAt inside the track); the model must be the source's.
    /// </summary>
    private (int Code, string Message)? CheckExtend(JsonObject body)
    {
        if (SunoRequestRules.Require(body, "audioId", "callBackUrl", "model") is { } missing)
        {
            return missing;
        }

        if (body["defaultParamFlag"] is not JsonValue flag || !flag.TryGetValue<bool>(out var isCustom))
        {
            return (400, "defaultParamFlag is required and must be a boolean");
        }

        if (FindReadyTrack((string?)body["audioId"]) is not { } found)
        {
            return (400, "audioId does not name a finished track");
        }

        if (SunoRequestRules.CheckModel(body, Models) is { } badModel)
        {
            return badModel;
        }

        if ((string?)body["model"] != found.Task.Model)
        {
            return (400, $"model must match the source audio's model ({found.Task.Model})");
        }

        if (!isCustom)
        {
            return null;
        }

        if (SunoRequestRules.Require(body, "prompt", "style", "title", "continueAt") is { } customMissing)
        {
            return customMissing;
        }

        return body["continueAt"] is JsonValue at && at.TryGetValue<double>(out var seconds) && seconds > 0 && seconds < found.Track.Duration
            ? SunoRequestRules.CheckTuning(body)
            : (400, $"continueAt must be a number above 0 and below the track's length ({found.Track.Duration:0.##} s)");
    }

    private (SunoTask Task, SunoTrackState Track)? FindReadyTrack(string? audioId)
    {
        foreach (var task in _tasks.Values)
        {
            if (task.Tracks.FirstOrDefault(t => t.Id == audioId && t.IsReady) is { } track)
            {
                return (task, track);
            }
        }

        return null;
    }

    private Task<IResult> CreateMusicAsync(HttpContext http, string endpoint, string operation, Func<JsonObject, (int Code, string Message)?> check) =>
        WithFaultsAsync(http, endpoint, Error, async () =>
        {
            if (await JsonNode.ParseAsync(http.Request.Body, cancellationToken: Stopping) is not JsonObject body)
            {
                return Error(400, "body must be a JSON object");
            }

            if (check(body) is { } problem)
            {
                return Error(problem.Code, problem.Message);
            }

            if (!TryCharge(GenerateCost))
            {
                return Error(429, "Insufficient credits");
            }

            var task = NewTask("music", operation, body, GenerateCost, _scripts.TryDequeue(out var script) ? script : new SunoTaskScript());
            AddTracks(task, body);
            RunInBackground(ct => RunMusicAsync(task, ct));
            return Results.Json(SunoShapes.Envelope(200, "success", new JsonObject { ["taskId"] = task.Id }));
        });

    private SunoTask NewTask(string kind, string operation, JsonObject body, double cost, SunoTaskScript script)
    {
        var task = new SunoTask
        {
            Id = Guid.NewGuid().ToString("N"),
            Kind = kind,
            Operation = operation,
            Param = body,
            CallbackUrl = (string?)body["callBackUrl"] ?? "",
            Script = script,
            CreatedAtMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            Cost = cost,
        };
        _tasks[task.Id] = task;
        return task;
    }

    /// <summary>Two tracks from the request's text; an extend without its own text continues the source track's.</summary>
    private void AddTracks(SunoTask task, JsonObject body)
    {
        var isCustom = body["customMode"]?.GetValue<bool>() ?? true;
        var source = task.Operation == "extend" ? FindReadyTrack((string?)body["audioId"])?.Track : null;
        for (var i = 1; i <= 2; i++)
        {
            var name = $"{task.Id}-{i}.wav";
            var duration = 2.0 + (0.5 * i);
            var url = Files.AddTrack(name, duration, 330 + (110 * i));
            task.Tracks.Add(new SunoTrackState
            {
                Id = Guid.NewGuid().ToString(),
                Title = (isCustom ? (string?)body["title"] : null) ?? source?.Title ?? "Emulated Song",
                Tags = (string?)body["style"] ?? (string?)body["tags"] ?? source?.Tags ?? "pop, emulated",
                Lyrics = (isCustom ? (string?)body["prompt"] : null) ?? source?.Lyrics ?? "[Verse]\nA song the emulator wrote\n[Chorus]\nLa la la",
                ModelName = InternalName(task.Model),
                StreamUrl = Files.StreamUrl(name),
                ImageUrl = Files.CoverUrl($"{task.Id}-{i}"),
                FileUrl = url,
                Duration = duration,
            });
        }
    }

    private bool TryCharge(double cost)
    {
        lock (_credits)
        {
            if (Credits < cost)
            {
                return false;
            }

            Credits -= cost;
            return true;
        }
    }

    private void Refund(double cost)
    {
        lock (_credits)
        {
            Credits += cost;
        }
    }

    /// <summary>Suno's internal names as record-info reports them (music-apis.md §2.3).</summary>
    private static string InternalName(string model) => model switch
    {
        "V3_5" => "chirp-v3-5",
        "V4" => "chirp-v4",
        "V4_5" => "chirp-auk",
        "V4_5PLUS" => "chirp-bluejay",
        "V4_5ALL" => "chirp-auk-turbo",
        _ => "chirp-crow",
    };
}
