using MusicBot.Tests.Support;

namespace MusicBot.Tests.Observability;

public sealed class MetricsPipelineTests
{
    [Fact]
    public async Task Start_NothingRecordedYet_EverySeriesDashboardsRelyOnIsThereAtZero()
    {
        await using var host = await MetricsHost.StartAsync();

        var text = (await host.ScrapeAsync()).Body;

        string[] zeros =
        [
            "musicbot_generations_total{outcome=\"succeeded\",provider=\"local\"} 0",
            "musicbot_generations_total{outcome=\"failed\",provider=\"local\"} 0",
            "musicbot_generations_total{outcome=\"timed_out\",provider=\"local\"} 0",
            "musicbot_credits_charged_total{provider=\"local\"} 0",
            "musicbot_credits_refunded_total{provider=\"local\"} 0",
            "musicbot_deliveries_total{platform=\"console\"} 0",
            "musicbot_delivery_retries_total{gave_up=\"false\",platform=\"console\"} 0",
            "musicbot_delivery_retries_total{gave_up=\"true\",platform=\"console\"} 0",
            "musicbot_platform_rate_limited_total{platform=\"console\"} 0",
            "musicbot_platform_rate_limited_total{platform=\"local\"} 0",
        ];
        Assert.All(zeros, series => Assert.Contains(series + "\n", text, StringComparison.Ordinal));
        // What users do (command names) and durations (a zero would be a measurement) appear when they happen.
        Assert.DoesNotContain("musicbot_commands_total", text, StringComparison.Ordinal);
        Assert.DoesNotContain("_bucket{", text, StringComparison.Ordinal);
    }
}
