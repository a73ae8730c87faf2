using System.ComponentModel.DataAnnotations;

namespace MusicBot.Core.Generation;

/// <summary>Section <c>MusicBot:Generation</c>: limits on tasks.</summary>
public sealed class GenerationOptions
{
    public const string SectionName = "MusicBot:Generation";

    /// <summary>Unfinished tasks one user may have at once.</summary>
    [Range(1, 100)]
    public int MaxTasksInFlightPerUser { get; set; } = 2;

    /// <summary>Tasks the bot keeps at one provider at once; more wait in the queue.</summary>
    [Range(1, 1000)]
    public int MaxConcurrentTasksPerProvider { get; set; } = 4;

    /// <summary>Overrides of <see cref="MaxConcurrentTasksPerProvider"/> by provider name.</summary>
    public Dictionary<string, int> ProviderConcurrency { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A submitted task with no result after this long fails and is refunded.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan TaskTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A task still queued (never sent) this long after it was made fails and is refunded.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the worker looks for due polls and time-outs when nothing wakes it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan WorkerInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Most tasks one pass takes up (due polls, reconciliations, time-outs); the rest wait for the next pass.</summary>
    [Range(1, 10_000)]
    public int PassBatchSize { get; set; } = 200;

    /// <summary>
    /// Longest wait between two polls of one task. A task that has not moved for a while is polled less often
    /// (see <see cref="PollSchedule"/>), up to this.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Submits tried per task when the provider rejects them with a transient reason (rate limit, maintenance).</summary>
    [Range(1, 100)]
    public int MaxSubmitAttempts { get; set; } = 5;

    /// <summary>Wait before re-submitting after a transient rejection; doubles per attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan SubmitRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a submit that got no answer waits for a callback naming it before it is refunded (only with
    /// callbacks; without them it is refunded at once, since nothing could ever confirm it).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan UnconfirmedSubmitGrace { get; set; } = TimeSpan.FromMinutes(10);

    public int ConcurrencyOf(string provider) =>
        ProviderConcurrency.TryGetValue(provider, out var limit) ? limit : MaxConcurrentTasksPerProvider;
}
