using System.Diagnostics.Metrics;

namespace MusicBot.Core.Observability;

/// <summary>
/// The bot's metrics, from <see cref="System.Diagnostics.Metrics"/>, which the host's OpenTelemetry SDK exports
/// (Prometheus <c>/metrics</c>, OTLP). Label values are always small fixed sets (platform, provider, outcome, command
/// name): never user text, ids, tokens or keys.
/// </summary>
public sealed class MusicBotMetrics : IDisposable
{
    public const string MeterName = "MusicBot";

    private readonly Meter _meter;
    private readonly Counter<long> _commands;
    private readonly Counter<long> _generations;
    private readonly Counter<long> _creditsCharged;
    private readonly Counter<long> _creditsRefunded;
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _deliveryRetries;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _updatesRejected;
    private readonly Counter<double> _providerCredits;
    private readonly Histogram<double> _ackLatency;
    private readonly Histogram<double> _generationDuration;

    public MusicBotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(MeterName);
        _commands = _meter.CreateCounter<long>("musicbot.commands", "{command}", "Chat commands handled, by platform and command.");
        _generations = _meter.CreateCounter<long>("musicbot.generations", "{task}", "Finished generation tasks, by provider and outcome.");
        _creditsCharged = _meter.CreateCounter<long>("musicbot.credits.charged", "{credit}", "Credits captured for successful songs.");
        _creditsRefunded = _meter.CreateCounter<long>("musicbot.credits.refunded", "{credit}", "Credits returned for failed or timed-out songs.");
        _deliveries = _meter.CreateCounter<long>("musicbot.deliveries", "{message}", "Notices accepted by a platform.");
        _deliveryRetries = _meter.CreateCounter<long>("musicbot.delivery.retries", "{attempt}", "Failed delivery attempts that will be retried or were given up.");
        _rateLimited = _meter.CreateCounter<long>("musicbot.platform.rate_limited", "{response}", "HTTP 429 answers from a chat platform or provider.");
        _updatesRejected = _meter.CreateCounter<long>("musicbot.platform.updates_rejected", "{update}", "Incoming platform updates that could not be read and were skipped.");
        _providerCredits = _meter.CreateCounter<double>("musicbot.provider.credits_spent", "{credit}", "Credits the providers report having charged the bot's own accounts.");
        _ackLatency = _meter.CreateHistogram<double>("musicbot.interaction.ack_latency", "ms", "Time from receiving an interaction to acknowledging it.");
        _generationDuration = _meter.CreateHistogram<double>("musicbot.generation.duration", "s", "Time from submit to a final state.");
    }

    /// <summary>
    /// Records a zero for every series a dashboard or alert relies on, so each exists from start-up: an exporter shows
    /// only series that have recorded, and a rate over a missing series is no data rather than 0. Label sets that
    /// depend on what users do (command names) and histograms (a zero would be a measurement) appear when they happen.
    /// </summary>
    public void Prime(IEnumerable<string> platforms, IEnumerable<string> providers)
    {
        ArgumentNullException.ThrowIfNull(platforms);
        ArgumentNullException.ThrowIfNull(providers);
        var providerNames = providers.Distinct(StringComparer.Ordinal).ToList();
        var platformNames = platforms.Distinct(StringComparer.Ordinal).ToList();
        foreach (var provider in providerNames)
        {
            foreach (var outcome in GenerationOutcomes.Final)
            {
                _generations.Add(0, new("provider", provider), new("outcome", outcome));
            }

            _creditsCharged.Add(0, new KeyValuePair<string, object?>("provider", provider));
            _creditsRefunded.Add(0, new KeyValuePair<string, object?>("provider", provider));
        }

        foreach (var platform in platformNames)
        {
            _deliveries.Add(0, new KeyValuePair<string, object?>("platform", platform));
            _deliveryRetries.Add(0, new("platform", platform), new("gave_up", false));
            _deliveryRetries.Add(0, new("platform", platform), new("gave_up", true));
        }

        // Chat platforms and providers both answer 429s; the label is "platform" for either.
        foreach (var source in platformNames.Concat(providerNames).Distinct(StringComparer.Ordinal))
        {
            _rateLimited.Add(0, new KeyValuePair<string, object?>("platform", source));
        }
    }

    public void CommandHandled(string platform, string command) =>
        _commands.Add(1, new("platform", platform), new("command", command));

    public void GenerationFinished(string provider, string outcome, TimeSpan? duration)
    {
        _generations.Add(1, new("provider", provider), new("outcome", outcome));
        if (duration is { } elapsed)
        {
            _generationDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("provider", provider), new("outcome", outcome));
        }
    }

    public void CreditsCharged(string provider, int credits) => _creditsCharged.Add(credits, new KeyValuePair<string, object?>("provider", provider));

    public void CreditsRefunded(string provider, int credits) => _creditsRefunded.Add(credits, new KeyValuePair<string, object?>("provider", provider));

    public void Delivered(string platform) => _deliveries.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void DeliveryRetried(string platform, bool gaveUp) =>
        _deliveryRetries.Add(1, new("platform", platform), new("gave_up", gaveUp));

    public void RateLimited(string platform) => _rateLimited.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void UpdateRejected(string platform) => _updatesRejected.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void ProviderCreditsSpent(string provider, double credits) =>
        _providerCredits.Add(credits, new KeyValuePair<string, object?>("provider", provider));

    public void AckLatency(string platform, TimeSpan latency) =>
        _ackLatency.Record(latency.TotalMilliseconds, new KeyValuePair<string, object?>("platform", platform));

    public void Dispose() => _meter.Dispose();
}
