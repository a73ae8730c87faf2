using System.Diagnostics.Metrics;

namespace MusicBot.Core.Observability;

/// <summary>
/// The bot's metrics, from <see cref="System.Diagnostics.Metrics"/> so any exporter (Prometheus text, OTLP) can read
/// them. Label values are always small fixed sets (platform, provider, outcome, command name): never user text,
/// ids, tokens or keys.
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
