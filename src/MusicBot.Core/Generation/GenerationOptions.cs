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

    /// <summary>How often the worker looks for due polls and time-outs when nothing wakes it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan WorkerInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public int ConcurrencyOf(string provider) =>
        ProviderConcurrency.TryGetValue(provider, out var limit) ? limit : MaxConcurrentTasksPerProvider;
}
