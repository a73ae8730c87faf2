namespace MusicBot.Observability;

/// <summary>How a <see cref="MetricFamily"/> aggregates what its instrument measures.</summary>
internal enum MetricKind
{
    Counter,
    ObservedCounter,
    Histogram,
    SummedGauge,
    Gauge,
}
