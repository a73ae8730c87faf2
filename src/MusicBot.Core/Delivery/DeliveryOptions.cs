using System.ComponentModel.DataAnnotations;

namespace MusicBot.Core.Delivery;

/// <summary>Section <c>MusicBot:Delivery</c>: how the outbox is drained.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "MusicBot:Delivery";

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>First retry delay; it doubles per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>After this many failed attempts a notice is given up on (and logged).</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 20;
}
