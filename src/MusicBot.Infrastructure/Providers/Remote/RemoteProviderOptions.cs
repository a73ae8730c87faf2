using System.ComponentModel.DataAnnotations;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>
/// What every remote music API shares: where it is, its key (no key: the provider is off and not offered), how
/// often its tasks are polled, its request budget, and the resilience of its HTTP client.
/// </summary>
public abstract class RemoteProviderOptions
{
    protected RemoteProviderOptions(Uri baseUrl)
    {
        BaseUrl = baseUrl;
    }

    /// <summary>The API's address; point it at an emulator to try the bot without the real service.</summary>
    public Uri BaseUrl { get; set; }

    /// <summary>The API key; the provider is on exactly when it is set.</summary>
    public string? ApiKey { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(ApiKey);

    /// <summary>First wait between two polls of a task; it grows while the task does not move (see MaxPollInterval).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Requests (polls and submits) the bot sends in any <see cref="RequestBudgetWindow"/>, however many songs are in flight.</summary>
    [Range(1, 100_000)]
    public int RequestBudget { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RequestBudgetWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait for one HTTP attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Longest wait for one call, retries included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of a read (and of a submit the API certainly refused with a retryable code).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; it grows exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Calls (in 30 s) before the circuit breaker judges the failure ratio.</summary>
    [Range(2, 10_000)]
    public int CircuitMinimumThroughput { get; set; } = 10;

    /// <summary>How long the circuit stays open (no calls) after too many failures.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
