using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MusicBot.Emulators.Music.Common;

namespace MusicBot.Emulators.Music.Topview;

/// <summary>
/// Topview's AI Music task: <c>Topview-Uid</c> and Bearer auth, the <c>{code: string, message, result}</c> envelope
/// with business errors as HTTP 200, the submit checks 4012–4016 / 4022 / 4007 / 4100, the query moving init →
/// running → success | fail, credits charged after completion (<c>costCredit</c>), and the <c>noticeUrl</c> callback
/// that insists on the documented acknowledgement (otherwise it is retried).
/// </summary>
public sealed class TopviewEmulator : EmulatorServer
{
    private readonly ConcurrentDictionary<string, TopviewTask> _tasks = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<TopviewTaskScript> _scripts = new();
    private readonly Lock _credits = new();

    public string Uid { get; set; } = "emulator-uid";

    public double Credits { get; set; } = 100;

    public double CostPerTask { get; set; } = 1;

    /// <summary>The docs say one output per generation "currently"; the client takes any number.</summary>
    public int OutputsPerTask { get; set; } = 1;

    /// <summary>Unfinished tasks the account may have before submits get 4007.</summary>
    public int MaxUnfinished { get; set; } = 50;

    public IReadOnlyCollection<TopviewTask> Tasks => [.. _tasks.Values];

    public void Script(TopviewTaskScript script, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _scripts.Enqueue(script);
        }
    }

    protected override void Map(WebApplication app)
    {
        var api = app.MapGroup("/").AddEndpointFilter(async (context, next) =>
        {
            var request = context.HttpContext.Request;
            return request.Headers["Topview-Uid"].ToString() == Uid && request.Headers.Authorization.ToString() == $"Bearer {ApiKey}"
                ? await next(context)
                : Envelope("4002", "Request digital signature does not match!", null);
        });
        api.MapPost("/v1/common_task/ai_music/task/submit", (HttpContext http, CancellationToken _) => WithFaultsAsync(http, "submit", Error, () => SubmitAsync(http)));
        api.MapGet("/v1/common_task/ai_music/task/query", (HttpContext http, string? taskId) => WithFaultsAsync(
            http,
            "query",
            Error,
            () => Task.FromResult(_tasks.GetValueOrDefault(taskId ?? "") is { } task ? Envelope("200", "Success", Result(task)) : Envelope("4004", "Resource not found!", null)),
            () => Task.FromResult(_tasks.GetValueOrDefault(taskId ?? "") is { } task ? Envelope("200", "Success", WithNullOutput(Result(task))) : Envelope("4004", "Resource not found!", null))));
        api.MapGet("/user/credit/detail", (HttpContext http, CancellationToken _) => WithFaultsAsync(http, "credits", Error, () => Task.FromResult(Envelope("200", "Success", new JsonObject
        {
            ["uid"] = Uid, ["remainCredit"] = Credits, ["expiredTime"] = "2099-01-01T00:00:00Z", ["apiKeyMap"] = new JsonObject(),
        }))));
    }

    private static IResult Envelope(string code, string message, JsonNode? result) =>
        Results.Json(new JsonObject { ["code"] = code, ["message"] = message, ["result"] = result });

    private static IResult Error(Fault.Business fault) => Envelope(fault.Code, fault.Message, null);

    private async Task<IResult> SubmitAsync(HttpContext http)
    {
        if (await JsonNode.ParseAsync(http.Request.Body, cancellationToken: Stopping) is not JsonObject body)
        {
            return Envelope("4001", "Request data format does not match!", null);
        }

        if (Check(body) is { } problem)
        {
            return Envelope(problem.Code, problem.Message, null);
        }

        if (Credits < CostPerTask)
        {
            return Envelope("4100", "Insufficient credits", null);
        }

        if (_tasks.Values.Count(t => t.Status is "init" or "running") >= MaxUnfinished)
        {
            return Envelope("4007", "Exists unfinished task, please wait until the previous task is completed.", null);
        }

        var noticeUrl = (string?)body["noticeUrl"];
        var task = new TopviewTask
        {
            Id = Guid.NewGuid().ToString("N")[..23],
            Request = body,
            Script = _scripts.TryDequeue(out var script) ? script : new TopviewTaskScript(),
            NoticeUuid = noticeUrl is null ? null : Guid.NewGuid().ToString(),
        };
        _tasks[task.Id] = task;
        RunInBackground(ct => RunAsync(task, ct));
        var result = new JsonObject { ["taskId"] = task.Id, ["status"] = "success", ["errorMsg"] = null };
        if (task.NoticeUuid is { } uuid)
        {
            result["noticeUuid"] = uuid;
        }

        return Envelope("200", "Success", result);
    }

    /// <summary>The AI-music submit checks of music-apis.md §4.2 with their codes.</summary>
    private static (string Code, string Message)? Check(JsonObject body)
    {
        var model = ((string?)body["model"])?.ToLowerInvariant();
        var instrumental = (bool?)body["instrumental"] == true;
        var lyrics = (string?)body["lyrics"] ?? "";
        var styles = (string?)body["styles"] ?? "";
        var isMinimax = model == "minimax music 2.6";
        return model switch
        {
            not ("topview music" or "minimax music 2.6") => ("4012", "Invalid model"),
            _ when instrumental && styles.Trim().Length == 0 => ("4013", "styles is required when instrumental=true"),
            _ when !instrumental && lyrics.Trim().Length == 0 && styles.Trim().Length == 0 => ("4014", "At least one of lyrics or styles is required when instrumental=false"),
            _ when (bool?)body["enhancePrompt"] == true && styles.Trim().Length == 0 => ("4022", "Non-empty styles is required when enhancePrompt is enabled"),
            _ when !instrumental && lyrics.Length > (isMinimax ? 3500 : 5000) => ("4015", "lyrics exceeds maximum length"),
            _ when styles.Length > (isMinimax ? 2000 : 1000) => ("4016", "styles exceeds maximum length"),
            _ when body["referenceAudio"] is JsonObject reference && string.IsNullOrEmpty((string?)reference["fileId"]) => ("4017", "Invalid referenceAudio parameter"),
            _ => null,
        };
    }

    private async Task RunAsync(TopviewTask task, CancellationToken cancellationToken)
    {
        await Task.Delay(StageDelay, cancellationToken);
        task.Status = "running";
        if (task.Script.Hang)
        {
            return;
        }

        await Task.Delay(StageDelay * 2, cancellationToken);
        if (task.Script.FailMessage is null)
        {
            for (var i = 1; i <= OutputsPerTask; i++)
            {
                var fileId = Guid.NewGuid().ToString("N");
                task.Outputs.Add((fileId, Files.AddTrack($"{fileId}.wav", 3.0 + i, 261.63 * i)));
            }

            lock (_credits)
            {
                Credits -= CostPerTask;
            }

            task.CostCredit = CostPerTask;
        }

        task.Status = task.Script.FailMessage is null ? "success" : "fail";
        await NotifyAsync(task, cancellationToken);
    }

    private async Task NotifyAsync(TopviewTask task, CancellationToken cancellationToken)
    {
        if ((string?)task.Request["noticeUrl"] is not { } url || task.Script.Callbacks is CallbackFault.Missing or CallbackFault.MissingFinal)
        {
            return;
        }

        var result = Result(task);
        var body = new JsonObject
        {
            ["uuid"] = task.NoticeUuid,
            ["bizType"] = "COMMON_TASK_AI_MUSIC",
            ["taskId"] = task.Id,
            ["status"] = task.Status,
            ["errorMsg"] = task.Script.FailMessage,
            ["result"] = task.Script.ResultAsString ? JsonValue.Create(result.ToJsonString()) : result,
        }.ToJsonString();
        var headers = new Dictionary<string, string> { ["Topview-Uid"] = Uid };
        var times = task.Script.Callbacks == CallbackFault.Duplicate ? 2 : 1;
        for (var i = 0; i < times; i++)
        {
            await Callbacks.SendAsync(url, body, headers, answer => IsAcknowledgement(task, answer), cancellationToken);
        }
    }

    /// <summary>The documented acknowledgement: code "200" and the notice's uuid echoed in <c>result.uuid</c>.</summary>
    private bool IsAcknowledgement(TopviewTask task, string answer)
    {
        bool valid;
        try
        {
            var json = JsonNode.Parse(answer);
            valid = (string?)json?["code"] == "200" && (string?)json?["result"]?["uuid"] == task.NoticeUuid && (string?)json?["result"]?["topviewUid"] == Uid;
        }
        catch (JsonException)
        {
            valid = false;
        }

        task.Acknowledgements.Enqueue(valid);

        return valid;
    }

    private static JsonObject WithNullOutput(JsonObject result)
    {
        var outputs = (JsonArray)result["outputs"]!;
        outputs.Insert(0, null);
        if (outputs.Count > 1)
        {
            outputs.RemoveAt(1);
        }

        return result;
    }

    private static JsonObject Result(TopviewTask task) => new()
    {
        ["taskId"] = task.Id,
        ["status"] = task.Status,
        ["errorMsg"] = task.Script.FailMessage,
        ["costCredit"] = task.CostCredit,
        ["boardId"] = null,
        ["styles"] = (string?)task.Request["styles"],
        ["enhancePrompt"] = (bool?)task.Request["enhancePrompt"] ?? false,
        ["enhancePromptStyle"] = (bool?)task.Request["enhancePrompt"] == true ? $"{(string?)task.Request["styles"]}, enhanced" : null,
        ["outputs"] = new JsonArray([.. task.Outputs.Select(o => new JsonObject { ["fileId"] = o.FileId, ["url"] = o.Url })]),
    };
}
