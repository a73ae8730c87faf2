using MusicBot.Observability;

namespace MusicBot.Tests.Observability;

public sealed class PrometheusNamesTests
{
    [Theory]
    [InlineData("musicbot.commands", "{command}", true, "musicbot_commands_total")]
    [InlineData("musicbot.interaction.ack_latency", "ms", false, "musicbot_interaction_ack_latency_milliseconds")]
    [InlineData("musicbot.generation.duration", "s", false, "musicbot_generation_duration_seconds")]
    [InlineData("musicbot.queue.bytes", "By", false, "musicbot_queue_bytes")]
    [InlineData("requests_total", null, true, "requests_total")]
    [InlineData("9lives-odd.name", "1", false, "_9lives_odd_name")]
    public void Metric_OpenTelemetryInstrument_FollowsPrometheusCompatibilityRules(string instrument, string? unit, bool isCounter, string expected) =>
        Assert.Equal(expected, PrometheusNames.Metric(instrument, unit, isCounter));

    [Fact]
    public void EscapeLabelValue_QuoteBackslashNewline_AreEscaped() =>
        Assert.Equal("a\\\\b\\\"c\\nd", PrometheusNames.EscapeLabelValue("a\\b\"c\nd"));
}
