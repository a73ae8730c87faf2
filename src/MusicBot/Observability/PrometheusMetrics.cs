using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;
using MusicBot.Core.Observability;

namespace MusicBot.Observability;

/// <summary>
/// Listens to the bot's <see cref="MusicBotMetrics"/> meter and renders what it measured in the Prometheus text
/// exposition format (version 0.0.4), for <c>/metrics</c>. Hand-written because no Prometheus exporter package is
/// available here; it reads the same <see cref="System.Diagnostics.Metrics"/> instruments the OTLP exporter reads.
/// Only meters created by this host's <see cref="IMeterFactory"/> count, so two hosts in one process never mix.
/// </summary>
public sealed class PrometheusMetrics : IDisposable
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Instrument, MetricFamily> _families = new();

    public PrometheusMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MusicBotMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                listener.EnableMeasurementEvents(instrument, _families.GetOrAdd(instrument, static i => new MetricFamily(i)));
            }
        };
        _listener.MeasurementsCompleted = (instrument, _) => _families.TryRemove(instrument, out var _);
        _listener.SetMeasurementEventCallback<long>((_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<int>((_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<double>((_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<float>((_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        _listener.Start();
    }

    /// <summary>Every instrument of the meter, recorded or not, so a dashboard can rely on the names being there.</summary>
    public string Render()
    {
        _listener.RecordObservableInstruments();
        var text = new StringBuilder();
        foreach (var family in _families.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            family.WriteTo(text);
        }

        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();
}
