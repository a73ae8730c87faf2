using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MusicBot.Emulators.Telegram.Server;
using MusicBot.Emulators.Telegram.Updates;

namespace MusicBot.Emulators.Telegram.Methods;

/// <summary>getUpdates, setWebhook, deleteWebhook, getWebhookInfo.</summary>
internal static partial class UpdateMethods
{
    public static async Task<string> GetUpdatesAsync(ApiRequest request, PendingUpdates queue, WebhookState webhook, CancellationToken aborted)
    {
        if (webhook.Url is not null)
        {
            throw new BotApiException(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }

        var allowed = request.Json("allowed_updates", "allowed updates") is JsonArray list ? list.Select(n => n!.GetValue<string>()).ToList() : null;
        var updates = await queue.PollAsync(request.Number("offset"), (int)(request.Number("limit") ?? 100), (int)(request.Number("timeout") ?? 0), allowed, aborted);
        return $"[{string.Join(',', updates)}]";
    }

    public static (JsonNode Result, string Description) SetWebhook(ApiRequest request, PendingUpdates queue, WebhookState webhook, TimeProvider time)
    {
        var now = time.GetUtcNow();
        if (webhook.LastSetAt is { } last && now - last < TimeSpan.FromSeconds(1))
        {
            throw new BotApiException(429, "Too Many Requests: retry after 1", retryAfter: 1);
        }

        webhook.LastSetAt = now;
        var url = request.Text("url") ?? "";
        if (url.Length == 0)
        {
            return (true, Delete(request, queue, webhook));
        }

        // Like a local Bot API server (--local): any port, and plain http, so tests can point it at 127.0.0.1.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw BotApiException.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        var secret = request.Text("secret_token");
        if (secret is not null && !Secret().IsMatch(secret))
        {
            throw BotApiException.BadRequest("bad webhook: secret token contains unallowed characters");
        }

        if (request.Flag("drop_pending_updates"))
        {
            queue.Clear();
        }

        var same = webhook.Url == uri.AbsoluteUri && webhook.Secret == secret;
        webhook.Set(uri.AbsoluteUri, secret, (int)(request.Number("max_connections") ?? 40));
        return (true, same ? "Webhook is already set" : "Webhook was set");
    }

    public static (JsonNode Result, string Description) DeleteWebhook(ApiRequest request, PendingUpdates queue, WebhookState webhook) =>
        (true, Delete(request, queue, webhook));

    public static JsonNode GetWebhookInfo(PendingUpdates queue, WebhookState webhook)
    {
        var info = new JsonObject { ["url"] = webhook.Url ?? "", ["has_custom_certificate"] = false, ["pending_update_count"] = queue.PendingCount };
        if (webhook.LastErrorDate is { } date)
        {
            info["last_error_date"] = date;
            info["last_error_message"] = webhook.LastErrorMessage;
        }

        if (webhook.Url is not null)
        {
            info["max_connections"] = webhook.MaxConnections;
        }

        return info;
    }

    private static string Delete(ApiRequest request, PendingUpdates queue, WebhookState webhook)
    {
        if (request.Flag("drop_pending_updates"))
        {
            queue.Clear();
        }

        var wasSet = webhook.Url is not null;
        webhook.Clear();
        return wasSet ? "Webhook was deleted" : "Webhook is already deleted";
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex Secret();
}
