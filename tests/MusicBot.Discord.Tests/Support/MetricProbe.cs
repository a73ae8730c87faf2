using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace MusicBot.Discord.Tests.Support;

/// <summary>Listens to one instrument of one service provider's meters and keeps the tags of each measurement.</summary>
public sealed class MetricProbe : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<KeyValuePair<string, object?>[]> _measurements = new();

    public MetricProbe(IMeterFactory scope, string instrument)
    {
        _listener.InstrumentPublished = (published, listener) =>
        {
            if (published.Name == instrument && ReferenceEquals(published.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(published);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, _, tags, _) => _measurements.Enqueue(tags.ToArray()));
        _listener.Start();
    }

    /// <summary>The tags of every measurement, flattened to (name, value) pairs.</summary>
    public IReadOnlyList<(string, string?)> Tags => [.. _measurements.SelectMany(m => m).Select(t => (t.Key, t.Value?.ToString()))];

    public void Dispose() => _listener.Dispose();
}
