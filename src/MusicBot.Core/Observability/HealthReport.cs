namespace MusicBot.Core.Observability;

/// <summary>What a health check found; <paramref name="Detail"/> is for operators and never holds secrets.</summary>
public sealed record HealthReport(bool IsHealthy, string Detail)
{
    public static HealthReport Healthy(string detail) => new(true, detail);

    public static HealthReport Unhealthy(string detail) => new(false, detail);
}
