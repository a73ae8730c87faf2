using System.Text.Json.Serialization;

namespace MusicBot.Observability;

/// <summary>What <c>/readyz</c> answers: ready only when every registered check is healthy.</summary>
public sealed record ReadinessReport(string Status, IReadOnlyList<CheckResult> Checks)
{
    [JsonIgnore]
    public bool IsReady => Status == "ready";
}

/// <summary>One check's answer; <paramref name="Detail"/> is for operators and never holds secrets.</summary>
public sealed record CheckResult(string Name, string Status, string Detail, double DurationMs)
{
    [JsonIgnore]
    public bool IsHealthy => Status == "healthy";
}
