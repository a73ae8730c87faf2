using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using MusicBot.Core.Observability;

namespace MusicBot.Discord.Rest;

/// <summary>
/// Sends one REST call within Discord's rate limits (reference A7, C1.2): waits for its bucket and the global limit,
/// learns from the answer's headers, sleeps a 429's float <c>retry_after</c> (pausing everything when it is global)
/// and retries, retries idempotent calls on 5xx, and never retries 401/403, which count toward Cloudflare's
/// invalid-request ban. The named <see cref="HttpClient"/> carries the base address, the bot token and the User-Agent; its
/// request logging is removed because interaction tokens are part of request paths.
/// </summary>
public sealed partial class DiscordRestClient(IHttpClientFactory httpClients, DiscordRateLimiter limiter, MusicBotMetrics metrics, TimeProvider time, ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "discord";

    private const int MaxAttempts = 3;
    private static readonly TimeSpan MaxRetryWait = TimeSpan.FromSeconds(10);

    public async Task<DiscordRestResult> SendAsync(DiscordRoute route, DiscordBody? body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        for (var attempt = 1; ; attempt++)
        {
            var result = await SendOnceAsync(route, body, cancellationToken);
            var isLast = attempt >= MaxAttempts;
            if (result.IsRateLimited && result.RetryAfter is { } wait && wait <= MaxRetryWait && !isLast)
            {
                continue; // the limiter already holds the bucket (or everything) for the wait
            }

            if (IsTransient(result) && route.IsIdempotent && !isLast)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), time, cancellationToken);
                continue;
            }

            if (result.StatusCode is 401 or 403)
            {
                LogForbidden(route.RouteKey, result.Describe());
            }

            return result;
        }
    }

    private async Task<DiscordRestResult> SendOnceAsync(DiscordRoute route, DiscordBody? body, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(route, cancellationToken);
        using var request = new HttpRequestMessage(route.Method, route.Path) { Content = body?.CreateContent() };
        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The message names the host at most; the path (with a token) is not part of it.
            LogNetworkFailure(route.RouteKey, ex.GetType().Name);
            return DiscordRestResult.NetworkFailure(ex.GetType().Name);
        }

        using (response)
        {
            lease.Learn(response.Headers);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var json = TryParse(text);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return ToResult(response, json);
            }

            metrics.RateLimited("discord");
            if (json is null)
            {
                // A 429 that is not Discord's JSON comes from Cloudflare: retrying only extends the ban.
                LogCloudflare(route.RouteKey);
                return new DiscordRestResult(429, null, "blocked by Cloudflare", null);
            }

            var retryAfter = RetryAfterOf(json.Value, response);
            var isGlobal = json.Value.TryGetProperty("global", out var global) && global.ValueKind == JsonValueKind.True;
            lease.RateLimited(retryAfter, isGlobal);
            LogRateLimited(route.RouteKey, retryAfter.TotalSeconds, isGlobal, Header(response, "X-RateLimit-Scope") ?? "unknown");
            return new DiscordRestResult(429, Code(json), Message(json), json, retryAfter);
        }
    }

    private static DiscordRestResult ToResult(HttpResponseMessage response, JsonElement? json)
    {
        var status = (int)response.StatusCode;
        return response.IsSuccessStatusCode
            ? new DiscordRestResult(status, null, null, json)
            : new DiscordRestResult(status, Code(json), Message(json) ?? response.ReasonPhrase, json);
    }

    private static TimeSpan RetryAfterOf(JsonElement json, HttpResponseMessage response)
    {
        if (json.TryGetProperty("retry_after", out var value) && value.TryGetDouble(out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Max(0, seconds));
        }

        return double.TryParse(Header(response, "Retry-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var header)
            ? TimeSpan.FromSeconds(header)
            : TimeSpan.FromSeconds(1);
    }

    private static bool IsTransient(DiscordRestResult result) => result.StatusCode is 0 or 502 or 503 or 504 or 500;

    private static JsonElement? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int? Code(JsonElement? json) =>
        json is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("code", out var code) && code.TryGetInt32(out var value) ? value : null;

    private static string? Message(JsonElement? json) =>
        json is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("message", out var message) ? message.GetString() : null;

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Discord rate limited {Route}: retry after {RetryAfter:0.###} s (global: {IsGlobal}, scope: {Scope})")]
    private partial void LogRateLimited(string route, double retryAfter, bool isGlobal, string scope);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Discord answered {Route} with a 429 that is not JSON (a Cloudflare block); not retrying")]
    private partial void LogCloudflare(string route);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Discord refused {Route}: {Result}")]
    private partial void LogForbidden(string route, string result);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Discord call {Route} failed without an answer ({Error})")]
    private partial void LogNetworkFailure(string route, string error);
}
