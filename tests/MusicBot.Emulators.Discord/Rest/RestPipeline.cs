using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Emulators.Discord.Rest;

/// <summary>
/// Runs before every API endpoint, as Discord's edge does: the bot token, the User-Agent, injected faults, the global
/// limit and the route's bucket (refused with 429 and the documented headers), then records the answer.
/// </summary>
internal sealed class RestPipeline(EmulatorContext emulator, RateLimits limits)
{
    private readonly object _lock = new();
    private readonly List<(string RouteContains, double RetryAfter, bool IsGlobal)> _injected = [];

    /// <summary>The next request whose route contains <paramref name="routeContains"/> gets a 429.</summary>
    public void Inject429(string routeContains, double retryAfter, bool isGlobal)
    {
        lock (_lock)
        {
            _injected.Add((routeContains, retryAfter, isGlobal));
        }
    }

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var endpoint = http.GetEndpoint() as RouteEndpoint;
        var rule = endpoint?.Metadata.GetMetadata<RouteRule>();
        if (endpoint is null || rule is null)
        {
            await next(http);
            return;
        }

        var route = $"{http.Request.Method} {endpoint.RoutePattern.RawText}";
        var hasToken = http.Request.Headers.Authorization == $"Bot {emulator.Options.Token}";
        if (!http.Request.Headers.UserAgent.ToString().StartsWith("DiscordBot (", StringComparison.Ordinal))
        {
            emulator.Record.Violations.Enqueue($"{route}: User-Agent is not 'DiscordBot ($url, $version)'");
        }

        if (rule.RequiresAuth && !hasToken)
        {
            await EmulatorContext.WriteAsync(http, 401, new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 });
            Record(http, route);
            return;
        }

        if (TakeInjected(route) is { } injected)
        {
            await RateLimitedAsync(http, route, injected.RetryAfter, injected.IsGlobal, isInjected: true, rule, null);
            return;
        }

        if (hasToken && !rule.IsExemptFromGlobal && limits.TakeGlobal() is { Allowed: false } global)
        {
            await RateLimitedAsync(http, route, global.RetryAfter, isGlobal: true, isInjected: false, rule, null);
            return;
        }

        var limit = rule.Limit(emulator.Options);
        var key = $"{rule.BucketHash}|{string.Join('/', rule.MajorParameters.Select(p => http.Request.RouteValues[p]))}";
        var bucket = limits.TakeBucket(key, limit);
        SetHeaders(http, rule, limit, bucket.Remaining, bucket.ResetAfter);
        if (!bucket.Allowed)
        {
            await RateLimitedAsync(http, route, bucket.ResetAfter, isGlobal: false, isInjected: false, rule, bucket.ResetAfter);
            return;
        }

        await next(http);
        Record(http, route);
    }

    private async Task RateLimitedAsync(HttpContext http, string route, double retryAfter, bool isGlobal, bool isInjected, RouteRule rule, double? resetAfter)
    {
        emulator.Record.RateLimited.Enqueue(new RecordedRateLimit(route, isGlobal, isInjected, retryAfter));
        var headers = http.Response.Headers;
        headers.RetryAfter = Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Scope"] = isGlobal ? "global" : "user";
        if (isGlobal)
        {
            headers["X-RateLimit-Global"] = "true";
        }
        else if (resetAfter is null)
        {
            SetHeaders(http, rule, rule.Limit(emulator.Options), 0, retryAfter);
        }

        await EmulatorContext.WriteAsync(http, 429, new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = Math.Round(retryAfter, 3),
            ["global"] = isGlobal,
        });
        Record(http, route);
    }

    private static void SetHeaders(HttpContext http, RouteRule rule, RouteLimit limit, int remaining, double resetAfter)
    {
        var headers = http.Response.Headers;
        headers["X-RateLimit-Limit"] = limit.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0 + resetAfter).ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Bucket"] = rule.BucketHash;
    }

    private (double RetryAfter, bool IsGlobal)? TakeInjected(string route)
    {
        lock (_lock)
        {
            var index = _injected.FindIndex(i => route.Contains(i.RouteContains, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var injected = _injected[index];
            _injected.RemoveAt(index);
            return (injected.RetryAfter, injected.IsGlobal);
        }
    }

    private void Record(HttpContext http, string route) =>
        emulator.Record.Requests.Enqueue(new RecordedRequest(http.Request.Method, route, http.Response.StatusCode, http.Items["code"] as int?, emulator.Clock.Now));
}
