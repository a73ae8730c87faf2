using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;

namespace MusicBot.Observability;

/// <summary>
/// One instrument's series, aggregated in memory the way Prometheus wants them: counters summed, gauges as last
/// value, histograms as cumulative buckets plus sum and count. One series per distinct label set.
/// </summary>
internal sealed class MetricFamily
{
    // OpenTelemetry's default explicit bucket boundaries, used when the instrument gives no advice.
    private static readonly double[] DefaultBoundaries = [0, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000];

    private readonly ConcurrentDictionary<string, Series> _series = new(StringComparer.Ordinal);
    private readonly double[] _boundaries;

    public MetricFamily(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        Kind = instrument switch
        {
            Counter<long> or Counter<int> or Counter<double> or Counter<float> => MetricKind.Counter,
            ObservableCounter<long> or ObservableCounter<int> or ObservableCounter<double> or ObservableCounter<float> => MetricKind.ObservedCounter,
            Histogram<long> or Histogram<int> or Histogram<double> or Histogram<float> => MetricKind.Histogram,
            UpDownCounter<long> or UpDownCounter<int> or UpDownCounter<double> or UpDownCounter<float> => MetricKind.SummedGauge,
            _ => MetricKind.Gauge,
        };
        Name = PrometheusNames.Metric(instrument.Name, instrument.Unit, Kind is MetricKind.Counter or MetricKind.ObservedCounter);
        Help = instrument.Description ?? instrument.Name;
        _boundaries = instrument switch
        {
            Histogram<double> { Advice.HistogramBucketBoundaries: { Count: > 0 } advice } => [.. advice],
            Histogram<long> { Advice.HistogramBucketBoundaries: { Count: > 0 } advice } => [.. advice.Select(b => (double)b)],
            _ => DefaultBoundaries,
        };
    }

    public string Name { get; }

    public string Help { get; }

    public MetricKind Kind { get; }

    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var series = _series.GetOrAdd(LabelText(tags), static (_, boundaries) => new Series(boundaries.Length), _boundaries);
        lock (series)
        {
            switch (Kind)
            {
                case MetricKind.Counter or MetricKind.SummedGauge:
                    series.Value += value;
                    break;
                case MetricKind.Histogram:
                    var index = Array.FindIndex(_boundaries, b => value <= b);
                    series.Buckets[index < 0 ? _boundaries.Length : index]++;
                    series.Value += value;
                    series.Count++;
                    break;
                default:
                    // Observed counters report their running total; gauges their current value.
                    series.Value = value;
                    break;
            }
        }
    }

    public void WriteTo(StringBuilder text)
    {
        var type = Kind switch
        {
            MetricKind.Counter or MetricKind.ObservedCounter => "counter",
            MetricKind.Histogram => "histogram",
            _ => "gauge",
        };
        text.Append("# HELP ").Append(Name).Append(' ').Append(PrometheusNames.EscapeHelp(Help)).Append('\n');
        text.Append("# TYPE ").Append(Name).Append(' ').Append(type).Append('\n');
        foreach (var (labels, series) in _series.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            lock (series)
            {
                if (Kind == MetricKind.Histogram)
                {
                    WriteHistogram(text, labels, series);
                }
                else
                {
                    Sample(text, Name, labels, series.Value);
                }
            }
        }
    }

    private void WriteHistogram(StringBuilder text, string labels, Series series)
    {
        long cumulative = 0;
        for (var i = 0; i <= _boundaries.Length; i++)
        {
            cumulative += series.Buckets[i];
            var le = i < _boundaries.Length ? PrometheusNames.FormatValue(_boundaries[i]) : "+Inf";
            Sample(text, Name + "_bucket", Join(labels, $"le=\"{le}\""), cumulative);
        }

        Sample(text, Name + "_sum", labels, series.Value);
        Sample(text, Name + "_count", labels, series.Count);
    }

    private static void Sample(StringBuilder text, string name, string labels, double value)
    {
        text.Append(name);
        if (labels.Length > 0)
        {
            text.Append('{').Append(labels).Append('}');
        }

        text.Append(' ').Append(PrometheusNames.FormatValue(value)).Append('\n');
    }

    private static string Join(string labels, string extra) => labels.Length == 0 ? extra : labels + "," + extra;

    /// <summary>The series key is its label text, sorted by label name so the same set always maps to one series.</summary>
    private static string LabelText(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.IsEmpty)
        {
            return "";
        }

        var pairs = tags.ToArray();
        Array.Sort(pairs, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return string.Join(',', pairs.Select(p => $"{PrometheusNames.Label(p.Key)}=\"{PrometheusNames.EscapeLabelValue(PrometheusNames.FormatTagValue(p.Value))}\""));
    }

    private sealed class Series(int boundaryCount)
    {
        public double Value { get; set; }

        public long Count { get; set; }

        public long[] Buckets { get; } = new long[boundaryCount + 1];
    }
}
