namespace MusicBot.Core.Credits;

/// <summary>The bounds of every credit amount an admin or the configuration sets: one place, for chat, CLI and options alike.</summary>
public static class QuotaLimits
{
    /// <summary>The most credits one balance, grant or allowance can be.</summary>
    public const int MaxCredits = 1_000_000;

    public static bool IsValid(long credits) => credits is >= 0 and <= MaxCredits;
}
