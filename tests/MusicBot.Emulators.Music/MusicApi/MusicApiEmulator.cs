using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MusicBot.Emulators.Music.Common;

namespace MusicBot.Emulators.Music.MusicApi;

/// <summary>
/// MusicAPI.ai's sonic API: <c>POST /api/v1/sonic/create</c> (create, extend and cover music), <c>GET
/// /api/v1/sonic/task/{id}</c>, <c>GET /api/v1/get-credits</c>; errors as real HTTP statuses with the documented
/// messages; 15 credits per create, refunded on failure; a signed webhook at the final state.
/// </summary>
public sealed class MusicApiEmulator : EmulatorServer
{
    private readonly ConcurrentDictionary<string, MusicApiTask> _tasks = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<MusicApiTaskScript> _scripts = new();
    private readonly Lock _credits = new();

    public double Credits { get; set; } = 1000;

    public double CreateCost { get; set; } = 15;

    /// <summary>The vendor's own secret, used when a request sends no <c>webhook_secret</c>.</summary>
    public string DefaultWebhookSecret { get; set; } = "vendor-default-secret";

    public IReadOnlyCollection<MusicApiTask> Tasks => [.. _tasks.Values];

    public void Script(MusicApiTaskScript script, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _scripts.Enqueue(script);
        }
    }

    protected override void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter(async (context, next) =>
        {
            var header = context.HttpContext.Request.Headers.Authorization.ToString();
            return header.Length == 0 ? Message(401, "Authorization header is missing.")
                : header != $"Bearer {ApiKey}" ? Message(401, "Invalid authorization format.")
                : await next(context);
        });
        api.MapPost("/sonic/create", (HttpContext http, CancellationToken _) => WithFaultsAsync(http, "create", Error, () => CreateAsync(http)));
        api.MapGet("/sonic/task/{taskId}", (HttpContext http, string taskId) => WithFaultsAsync(
            http,
            "task",
            Error,
            () => Task.FromResult(_tasks.TryGetValue(taskId, out var task) ? Results.Json(Body(task, webhook: false)) : Message(400, "task not found.")),
            () => Task.FromResult(_tasks.TryGetValue(taskId, out var task) ? Results.Json(WithNullClip(Body(task, webhook: false))) : Message(400, "task not found."))));
        api.MapGet("/get-credits", (HttpContext http, CancellationToken _) => WithFaultsAsync(http, "credits", Error, () => Task.FromResult(
            Results.Json(new JsonObject { ["credits"] = Credits, ["extra_credits"] = 0 }))));
    }

    private static IResult Message(int status, string message) => Results.Json(new JsonObject { ["message"] = message }, statusCode: status);

    private static IResult Error(Fault.Business fault) => Message(int.Parse(fault.Code, CultureInfo.InvariantCulture), fault.Message);

    private async Task<IResult> CreateAsync(HttpContext http)
    {
        if (await JsonNode.ParseAsync(http.Request.Body, cancellationToken: Stopping) is not JsonObject body)
        {
            return Message(400, "The request body is not valid JSON.");
        }

        if (MusicApiRules.Check(body, clip => _tasks.Values.Any(t => t.Clips.Any(c => c.ClipId == clip))) is { } problem)
        {
            return Message(400, problem);
        }

        lock (_credits)
        {
            if (Credits < CreateCost)
            {
                return Message(403, "The remaining credits are not enough. You can buy more one-time credit packs or subscribe.");
            }

            Credits -= CreateCost;
        }

        var task = new MusicApiTask
        {
            Id = Guid.NewGuid().ToString(),
            Request = body,
            Script = _scripts.TryDequeue(out var script) ? script : new MusicApiTaskScript(),
            Cost = CreateCost,
        };
        AddClips(task);
        _tasks[task.Id] = task;
        RunInBackground(ct => RunAsync(task, ct));
        return Results.Json(new JsonObject { ["message"] = "success", ["task_id"] = task.Id });
    }

    /// <summary>Two clips from the request's text; an extend without its own text continues the source clip's.</summary>
    private void AddClips(MusicApiTask task)
    {
        var isCustom = (bool?)task.Request["custom_mode"] == true;
        var source = (string?)task.Request["task_type"] == "extend_music"
            ? _tasks.Values.SelectMany(t => t.Clips).FirstOrDefault(c => c.ClipId == (string?)task.Request["continue_clip_id"])
            : null;
        for (var i = 1; i <= 2; i++)
        {
            var name = $"{task.Id}-{i}.wav";
            var duration = 3.0 + (0.5 * i);
            task.Clips.Add(new MusicApiClipState
            {
                ClipId = Guid.NewGuid().ToString(),
                Title = (isCustom ? (string?)task.Request["title"] : null) ?? source?.Title ?? "Emulated Sonic Song",
                Tags = (string?)task.Request["tags"] ?? source?.Tags ?? "pop, emulated",
                Lyrics = (isCustom ? (string?)task.Request["prompt"] : null) ?? source?.Lyrics ?? "[Verse]\nWritten by the emulator",
                AudioUrl = Files.AddTrack(name, duration, 220 * i),
                StreamUrl = Files.StreamUrl(name),
                ImageUrl = Files.CoverUrl($"{task.Id}-{i}"),
                Duration = duration,
                CreatedAt = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            });
        }
    }

    private async Task RunAsync(MusicApiTask task, CancellationToken cancellationToken)
    {
        if (task.Script.Hang)
        {
            return;
        }

        var held = new List<(string Event, string Json)>();
        await Task.Delay(StageDelay, cancellationToken);
        task.State = "running";
        await Task.Delay(StageDelay, cancellationToken);
        if (task.Script.FailMessage is null)
        {
            task.State = "streaming";
            if (task.Script.WebhookAtStreaming)
            {
                await WebhookAsync(task, "song.streaming", isFinal: false, held, cancellationToken);
            }

            await Task.Delay(StageDelay, cancellationToken);
            task.State = "succeeded";
            await WebhookAsync(task, "song.completed", isFinal: true, held, cancellationToken);
            return;
        }

        task.State = "failed";
        lock (_credits)
        {
            Credits += task.Cost;
        }

        await WebhookAsync(task, "song.failed", isFinal: true, held, cancellationToken);
    }

    private async Task WebhookAsync(MusicApiTask task, string name, bool isFinal, List<(string Event, string Json)> held, CancellationToken cancellationToken)
    {
        if ((string?)task.Request["webhook_url"] is not { } url)
        {
            return;
        }

        var json = Body(task, webhook: true).ToJsonString();
        switch (task.Script.Callbacks)
        {
            case CallbackFault.Missing:
            case CallbackFault.MissingFinal when isFinal:
                return;
            case CallbackFault.OutOfOrder:
                held.Add((name, json));
                if (isFinal)
                {
                    held.Reverse();
                    foreach (var (late, body) in held)
                    {
                        await SendAsync(task, url, late, body, cancellationToken);
                    }
                }

                return;
        }

        await SendAsync(task, url, name, json, cancellationToken);
        if (task.Script.Callbacks == CallbackFault.Duplicate)
        {
            await SendAsync(task, url, name, json, cancellationToken);
        }
    }

    /// <summary>Signed as the webhook guide says: sha256=HMAC(secret, "{timestamp}.{raw body}"); the id repeats as Idempotency-Key.</summary>
    private Task<bool> SendAsync(MusicApiTask task, string url, string name, string json, CancellationToken cancellationToken)
    {
        var secret = (string?)task.Request["webhook_secret"] ?? DefaultWebhookSecret;
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{json}")));
        var id = $"evt_{task.Id}_{name}";
        var headers = new Dictionary<string, string>
        {
            ["X-Webhook-Id"] = id,
            ["Idempotency-Key"] = id,
            ["X-Webhook-Event"] = name,
            ["X-Webhook-Timestamp"] = timestamp,
            ["X-Webhook-Signature"] = $"sha256={signature}",
        };
        return Callbacks.SendAsync(url, json, headers, null, cancellationToken);
    }

    private static JsonObject WithNullClip(JsonObject body)
    {
        var clips = (JsonArray)body["data"]!;
        clips.Insert(0, null);
        if (clips.Count > 1)
        {
            clips.RemoveAt(1);
        }

        return body;
    }

    /// <summary>The task query's body; the webhook's is the same shape, with <c>duration</c> as a string as in the docs' example.</summary>
    private static JsonObject Body(MusicApiTask task, bool webhook)
    {
        var failed = task.State == "failed";
        var clips = new JsonArray([.. task.Clips.Select(c => new JsonObject
        {
            ["clip_id"] = c.ClipId,
            ["state"] = task.State,
            ["title"] = c.Title,
            ["tags"] = c.Tags,
            ["lyrics"] = c.Lyrics,
            ["image_url"] = task.State is "pending" ? null : c.ImageUrl,
            ["audio_url"] = task.State switch { "succeeded" => c.AudioUrl, "streaming" => c.StreamUrl, _ => null },
            ["video_url"] = null,
            ["created_at"] = c.CreatedAt,
            ["mv"] = "chirp-v5",
            ["gpt_description_prompt"] = (string?)task.Request["gpt_description_prompt"],
            ["duration"] = task.State == "succeeded" ? (webhook ? JsonValue.Create(c.Duration.ToString("0.00", CultureInfo.InvariantCulture)) : JsonValue.Create(c.Duration)) : null,
            ["error_message"] = failed ? task.Script.FailMessage : null,
        })]);
        return new JsonObject { ["code"] = failed ? 500 : 200, ["data"] = clips, ["message"] = failed ? task.Script.FailMessage : "success" };
    }
}
