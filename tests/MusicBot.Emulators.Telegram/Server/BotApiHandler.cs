using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MusicBot.Emulators.Telegram.Methods;
using MusicBot.Emulators.Telegram.Model;
using MusicBot.Emulators.Telegram.Updates;

namespace MusicBot.Emulators.Telegram.Server;

/// <summary>
/// Routes <c>/bot{token}[/test]/{method}</c> like the reference server: a path not starting with /bot is 404 "Not
/// Found", a wrong token 401, an unknown method 404 "Not Found: method not found"; method names are case-insensitive.
/// Every call with the right token is recorded (without the token). Injected faults come first.
/// </summary>
internal sealed class BotApiHandler(EmulatorWorld world, PendingUpdates queue, WebhookState webhook, FloodMonitor flood, HttpClient fetcher)
{
    public async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        if (!path.StartsWith("/bot", StringComparison.Ordinal) || path.IndexOf('/', 4) is var slash && slash < 0)
        {
            await WriteAsync(http, new BotApiException(404, "Not Found"));
            return;
        }

        var token = path[4..slash];
        var method = path[(slash + 1)..];
        method = method.StartsWith("test/", StringComparison.Ordinal) ? method[5..] : method;
        if (token != world.Options.Token)
        {
            await WriteAsync(http, new BotApiException(401, "Unauthorized: invalid token specified"));
            return;
        }

        ApiRequest request;
        try
        {
            request = await ApiRequest.ReadAsync(http.Request);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or BotApiException)
        {
            await RecordAsync(http, method, new ApiRequest(), ex as BotApiException ?? BotApiException.BadRequest("can't parse request body"));
            return;
        }

        BotApiException? fault;
        TimeSpan? delay;
        lock (world.Gate)
        {
            fault = world.Faults.TryGetValue(method, out var faults) && faults.Count > 0 ? faults.Dequeue() : null;
            delay = world.Delays.TryGetValue(method, out var delays) && delays.Count > 0 ? delays.Dequeue() : null;
        }

        if (delay is { } slow)
        {
            try
            {
                await Task.Delay(slow, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (fault is { Code: 0 })
        {
            // A dropped connection: the client sees a network error, not an answer.
            http.Abort();
            return;
        }

        var changed = new List<(BotMessage, bool)>();
        object outcome;
        try
        {
            outcome = fault ?? await DispatchAsync(method, request, changed, http.RequestAborted);
        }
        catch (BotApiException error)
        {
            outcome = error;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        await RecordAsync(http, method, request, outcome);
        foreach (var (message, isEdit) in changed)
        {
            world.Notify(message, isEdit);
        }
    }

    private async Task<object> DispatchAsync(string method, ApiRequest request, List<(BotMessage, bool)> changed, CancellationToken aborted)
    {
        switch (method.ToLowerInvariant())
        {
            case "getupdates":
                return new RawResult(await UpdateMethods.GetUpdatesAsync(request, queue, webhook, aborted), null);
            case "sendaudio":
                return Result(await FileMethods.SendAsync("audio", request, world, flood, fetcher, changed, aborted));
            case "senddocument":
                return Result(await FileMethods.SendAsync("document", request, world, flood, fetcher, changed, aborted));
            case "setwebhook":
                var (set, setDescription) = UpdateMethods.SetWebhook(request, queue, webhook, world.Time);
                return new RawResult(set.ToJsonString(EmulatorJson.Options), setDescription);
            case "deletewebhook":
                var (deleted, deleteDescription) = UpdateMethods.DeleteWebhook(request, queue, webhook);
                return new RawResult(deleted.ToJsonString(EmulatorJson.Options), deleteDescription);
            case "getwebhookinfo":
                return Result(UpdateMethods.GetWebhookInfo(queue, webhook));
        }

        lock (world.Gate)
        {
            return Result(method.ToLowerInvariant() switch
            {
                "getme" => ChatMethods.GetMe(world),
                "getchatmember" => ChatMethods.GetChatMember(request, world),
                "setmycommands" => ChatMethods.SetMyCommands(request, world),
                "getmycommands" => ChatMethods.GetMyCommands(request, world),
                "deletemycommands" => ChatMethods.DeleteMyCommands(request, world),
                "sendmessage" => MessageMethods.SendMessage(request, world, flood, changed),
                "editmessagetext" => MessageMethods.EditMessageText(request, world, flood, changed),
                "answercallbackquery" => MessageMethods.AnswerCallbackQuery(request, world),
                "sendchataction" => MessageMethods.SendChatAction(request, world),
                _ => throw new BotApiException(404, "Not Found: method not found"),
            });
        }
    }

    /// <summary>Records the call, then answers: whoever sees an effect of the call also finds it in the log.</summary>
    private async Task RecordAsync(HttpContext http, string method, ApiRequest request, object outcome)
    {
        var answer = Render(outcome);
        lock (world.Gate)
        {
            world.Calls.Add(new RecordedCall(method, request.Values, request.Files, answer.Status, answer.Body, world.Time.GetUtcNow()));
        }

        await WriteAsync(http, answer);
    }

    private static Task WriteAsync(HttpContext http, object outcome) => WriteAsync(http, Render(outcome));

    private static async Task WriteAsync(HttpContext http, (int Status, string Body, int? RetryAfter) answer)
    {
        var (status, body, retryAfter) = answer;
        if (retryAfter is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body);
    }

    /// <summary>The envelope as the reference server writes it: ok/result/description, or ok/error_code/description/parameters.</summary>
    private static (int Status, string Body, int? RetryAfter) Render(object outcome)
    {
        if (outcome is BotApiException error)
        {
            var json = new JsonObject { ["ok"] = false, ["error_code"] = error.Code, ["description"] = error.Description };
            var parameters = new JsonObject();
            if (error.MigrateToChatId is { } moved)
            {
                parameters["migrate_to_chat_id"] = moved;
            }

            if (error.RetryAfter is { } retry)
            {
                parameters["retry_after"] = retry;
            }

            if (parameters.Count > 0)
            {
                json["parameters"] = parameters;
            }

            return (error.Code, json.ToJsonString(EmulatorJson.Options), error.RetryAfter);
        }

        var result = (RawResult)outcome;
        var description = result.Description is null ? "" : $",\"description\":{JsonSerializer.Serialize(result.Description, EmulatorJson.Options)}";
        return (200, $"{{\"ok\":true,\"result\":{result.Json}{description}}}", null);
    }

    private static RawResult Result(JsonNode node) => new(node.ToJsonString(EmulatorJson.Options), null);

    private sealed record RawResult(string Json, string? Description);
}
