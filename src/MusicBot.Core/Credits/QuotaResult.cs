namespace MusicBot.Core.Credits;

/// <summary>What an admin's quota change did.</summary>
public abstract record QuotaResult
{
    private QuotaResult()
    {
    }

    /// <summary>The change was made; <paramref name="Account"/> is the user's account after it.</summary>
    public sealed record Changed(CreditAccount Account) : QuotaResult;

    /// <summary>The scope's (or a role's) allowance is now <paramref name="Credits"/> (null: a role's allowance was removed).</summary>
    public sealed record AllowanceSet(int? Credits) : QuotaResult;

    /// <summary>Nothing changed: <paramref name="Credits"/> is outside 0 to <see cref="QuotaLimits.MaxCredits"/>.</summary>
    public sealed record OutOfRange(long Credits, int Max) : QuotaResult;
}
