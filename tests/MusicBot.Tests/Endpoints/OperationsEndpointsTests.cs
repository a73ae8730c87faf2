using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Endpoints;

/// <summary>The operations surface of the real binary on a random loopback port.</summary>
public sealed partial class OperationsEndpointsTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly Dictionary<string, string> FastStages = new() { ["MusicBot__Providers__Local__StageDelay"] = "00:00:00.200" };

    // Every name a terminal run produces; musicbot_interaction_ack_latency_milliseconds and
    // musicbot_provider_credits_spent_total come from Discord/Telegram interactions and Topview charges.
    private static readonly string[] MetricNames =
    [
        "musicbot_commands_total",
        "musicbot_generations_total",
        "musicbot_credits_charged_total",
        "musicbot_credits_refunded_total",
        "musicbot_deliveries_total",
        "musicbot_delivery_retries_total",
        "musicbot_platform_rate_limited_total",
        "musicbot_generation_duration_seconds",
    ];

    private readonly TestDataDirectory _data = new();
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _http.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task Endpoints_AfterAGeneration_AnswerAliveReadyAndEveryMetricName()
    {
        await using var bot = BotProcess.Start(_data.Path, FastStages);
        var baseUrl = await bot.WaitForListeningAsync(Timeout);
        await bot.SendAsync("/style lo-fi piano, rainy night\n/generate\n");
        await bot.WaitForOutputAsync("done: 2 tracks", Timeout);
        await PipelineHost.WaitUntilAsync(async () => (await GetAsync(baseUrl, "metrics")).Body.Contains("musicbot_deliveries_total{", StringComparison.Ordinal), Timeout);

        var alive = await GetAsync(baseUrl, "healthz");
        var ready = await GetAsync(baseUrl, "readyz");
        var metrics = await GetAsync(baseUrl, "metrics");

        Assert.Equal((HttpStatusCode.OK, "ok"), (alive.Status, alive.Body.Trim()));
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        using var readiness = JsonDocument.Parse(ready.Body);
        Assert.Equal("ready", readiness.RootElement.GetProperty("status").GetString());
        var database = Assert.Single(readiness.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "database");
        Assert.Equal("healthy", database.GetProperty("status").GetString());

        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", metrics.ContentType);
        Assert.All(MetricNames, name => Assert.Contains($"# TYPE {name} ", metrics.Body, StringComparison.Ordinal));
        Assert.Contains("musicbot_commands_total{command=\"generate\",platform=\"console\"} 1\n", metrics.Body, StringComparison.Ordinal);
        Assert.Contains("musicbot_generations_total{outcome=\"succeeded\",provider=\"local\"} 1\n", metrics.Body, StringComparison.Ordinal);
        Assert.Contains("musicbot_credits_charged_total{provider=\"local\"} 1\n", metrics.Body, StringComparison.Ordinal);
        Assert.Contains("musicbot_generation_duration_seconds_bucket{outcome=\"succeeded\",provider=\"local\",le=\"+Inf\"} 1\n", metrics.Body, StringComparison.Ordinal);
        Assert.Contains("musicbot_generation_duration_seconds_count{outcome=\"succeeded\",provider=\"local\"} 1\n", metrics.Body, StringComparison.Ordinal);
        Assert.Contains("musicbot_credits_refunded_total{provider=\"local\"} 0\n", metrics.Body, StringComparison.Ordinal);
        Assert.Contains("target_info{service_name=\"musicbot\",", metrics.Body, StringComparison.Ordinal);
        Assert.All(metrics.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches(ExpositionLine(), line));

        var health = await BotProcess.RunCliAsync(_data.Path, null, "health", "--ready", "--url", baseUrl.ToString());
        Assert.Equal(0, health.ExitCode);
        Assert.Contains("200 {\"status\":\"ready\"", health.Stdout, StringComparison.Ordinal);

        bot.CloseInput();
        Assert.Equal(0, await bot.WaitForExitAsync(Timeout));
    }

    [Fact]
    public async Task Readyz_DatabaseGone_Answers503NamingTheCheckWhileHealthzStaysUp()
    {
        await using var bot = BotProcess.Start(_data.Path, FastStages);
        var baseUrl = await bot.WaitForListeningAsync(Timeout);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(baseUrl, "readyz")).Status);

        foreach (var file in Directory.GetFiles(_data.Path, "musicbot.db*"))
        {
            File.Delete(file);
        }

        var ready = await GetAsync(baseUrl, "readyz");
        var alive = await GetAsync(baseUrl, "healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        using var readiness = JsonDocument.Parse(ready.Body);
        Assert.Equal("unready", readiness.RootElement.GetProperty("status").GetString());
        var database = Assert.Single(readiness.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "database");
        Assert.Equal("unhealthy", database.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, alive.Status);
    }

    private async Task<(HttpStatusCode Status, string Body, string? ContentType)> GetAsync(Uri baseUrl, string path)
    {
        using var response = await _http.GetAsync(new Uri(baseUrl, path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.ToString());
    }

    // A comment line, or name{labels} value with every label value quoted.
    [GeneratedRegex("""^(# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+|[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)+\})? [-+0-9.eEInfNa]+)$""")]
    private static partial Regex ExpositionLine();
}
