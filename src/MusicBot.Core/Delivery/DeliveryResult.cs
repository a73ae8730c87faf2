namespace MusicBot.Core.Delivery;

/// <summary>What the platform said about one send.</summary>
public sealed record DeliveryResult(bool IsAccepted, bool IsPermanentFailure, string? Error, TimeSpan? RetryAfter)
{
    public static DeliveryResult Accepted { get; } = new(true, false, null, null);

    /// <summary>Try again later (network, rate limit); <paramref name="retryAfter"/> when the platform named a wait.</summary>
    public static DeliveryResult Retry(string error, TimeSpan? retryAfter = null) => new(false, false, error, retryAfter);

    /// <summary>The platform will never take it (chat deleted, bot removed): stop trying.</summary>
    public static DeliveryResult GiveUp(string error) => new(false, true, error, null);
}
