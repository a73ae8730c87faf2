using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Observability;
using MusicBot.Observability;

namespace MusicBot.Tests.Observability;

public sealed class PrometheusMetricsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly ServiceProvider _otherHost = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose()
    {
        _services.Dispose();
        _otherHost.Dispose();
    }

    [Fact]
    public void Render_CountersAndLabels_SumsPerLabelSetAndEscapesValues()
    {
        using var prometheus = new PrometheusMetrics(Factory(_services));
        using var metrics = new MusicBotMetrics(Factory(_services));

        metrics.CommandHandled("console", "generate");
        metrics.CommandHandled("console", "generate");
        metrics.CommandHandled("odd \"one\" \\ with\nnewline", "style");
        metrics.DeliveryRetried("discord", gaveUp: true);
        metrics.CreditsCharged("local", 3);
        var text = prometheus.Render();

        Assert.Contains("# HELP musicbot_commands_total Chat commands handled, by platform and command.\n# TYPE musicbot_commands_total counter\n", text, StringComparison.Ordinal);
        Assert.Contains("musicbot_commands_total{command=\"generate\",platform=\"console\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("musicbot_commands_total{command=\"style\",platform=\"odd \\\"one\\\" \\\\ with\\nnewline\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("musicbot_delivery_retries_total{gave_up=\"true\",platform=\"discord\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("musicbot_credits_charged_total{provider=\"local\"} 3\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Histogram_WritesCumulativeBucketsSumAndCount()
    {
        using var prometheus = new PrometheusMetrics(Factory(_services));
        using var metrics = new MusicBotMetrics(Factory(_services));

        metrics.GenerationFinished("local", "succeeded", TimeSpan.FromSeconds(3));
        metrics.GenerationFinished("local", "succeeded", TimeSpan.FromSeconds(700));
        metrics.GenerationFinished("local", "failed", duration: null);
        var text = prometheus.Render();

        const string Labels = "outcome=\"succeeded\",provider=\"local\"";
        Assert.Contains("# TYPE musicbot_generation_duration_seconds histogram\n", text, StringComparison.Ordinal);
        Assert.Contains($"musicbot_generation_duration_seconds_bucket{{{Labels},le=\"0\"}} 0\n", text, StringComparison.Ordinal);
        Assert.Contains($"musicbot_generation_duration_seconds_bucket{{{Labels},le=\"5\"}} 1\n", text, StringComparison.Ordinal);
        Assert.Contains($"musicbot_generation_duration_seconds_bucket{{{Labels},le=\"500\"}} 1\n", text, StringComparison.Ordinal);
        Assert.Contains($"musicbot_generation_duration_seconds_bucket{{{Labels},le=\"750\"}} 2\n", text, StringComparison.Ordinal);
        Assert.Contains($"musicbot_generation_duration_seconds_bucket{{{Labels},le=\"+Inf\"}} 2\n", text, StringComparison.Ordinal);
        Assert.Contains($"musicbot_generation_duration_seconds_sum{{{Labels}}} 703\n", text, StringComparison.Ordinal);
        Assert.Contains($"musicbot_generation_duration_seconds_count{{{Labels}}} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("musicbot_generations_total{outcome=\"failed\",provider=\"local\"} 1\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("outcome=\"failed\",provider=\"local\",le=", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NothingRecorded_StillNamesEveryInstrument()
    {
        using var prometheus = new PrometheusMetrics(Factory(_services));
        using var metrics = new MusicBotMetrics(Factory(_services));

        var text = prometheus.Render();

        var instruments = typeof(MusicBotMetrics)
            .GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
            .Count(f => typeof(System.Diagnostics.Metrics.Instrument).IsAssignableFrom(f.FieldType));
        Assert.True(instruments >= 9);
        Assert.Equal(instruments, text.Split('\n').Count(l => l.StartsWith("# TYPE ", StringComparison.Ordinal)));
        Assert.Contains("# TYPE musicbot_interaction_ack_latency_milliseconds histogram\n", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE musicbot_platform_rate_limited_total counter\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("} ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MeterOfAnotherHostInTheSameProcess_IsNotIncluded()
    {
        using var prometheus = new PrometheusMetrics(Factory(_services));
        using var mine = new MusicBotMetrics(Factory(_services));
        using var theirs = new MusicBotMetrics(Factory(_otherHost));

        mine.RateLimited("telegram");
        theirs.RateLimited("discord");
        var text = prometheus.Render();

        Assert.Contains("musicbot_platform_rate_limited_total{platform=\"telegram\"} 1\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("discord", text, StringComparison.Ordinal);
    }

    private static IMeterFactory Factory(ServiceProvider services) => services.GetRequiredService<IMeterFactory>();
}
