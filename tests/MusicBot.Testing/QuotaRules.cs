using MusicBot.Core.Credits;

namespace MusicBot.Testing;

/// <summary>
/// The quota rules as one table, run through every front door an admin has (a Telegram group, a Discord slash
/// command, the operators' CLI), so the copies cannot drift apart again: an amount from 0 to the maximum sets or adds
/// to the balance, and one outside it is refused with the range and changes nothing (Discord used to clamp it). Every
/// case works on a member the bot has not seen, who would start with the default allowance.
/// </summary>
public static class QuotaRules
{
    /// <summary>What a member seen for the first time starts with (the default of <see cref="QuotaOptions.DefaultCredits"/>).</summary>
    public const int StartingBalance = 10;

    /// <summary>The words a refusal carries on every platform: the range an amount must be in.</summary>
    public static string Range { get; } = $"0 to {QuotaLimits.MaxCredits}";

    public static IReadOnlyList<QuotaCase> Cases { get; } =
    [
        new("set", 20, 20),
        new("set", 0, 0),
        new("set", QuotaLimits.MaxCredits, QuotaLimits.MaxCredits),
        new("grant", 5, StartingBalance + 5),
        new("grant", 0, StartingBalance),
        new("set", QuotaLimits.MaxCredits + 1, null),
        new("grant", QuotaLimits.MaxCredits + 1, null),
        new("set", -1, null),
        new("grant", -5, null),
    ];

    /// <summary>
    /// What is wrong with <paramref name="reply"/> and the database after <paramref name="rule"/> was applied to
    /// <paramref name="userId"/>, or null when the rule held: the balance it sets, or for a refused amount the range in
    /// the reply and no account opened.
    /// </summary>
    public static async Task<string?> BrokenAsync(QuotaCase rule, string reply, string dataDirectory, string platform, string scopeId, string userId)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(reply);
        var balance = await DatabaseFile.ScalarAsync<long>(
            dataDirectory,
            "SELECT COALESCE((SELECT balance FROM credit_accounts WHERE platform = @platform AND scope_id = @scopeId AND user_id = @userId), -1)",
            new { platform, scopeId, userId });
        return rule.Balance switch
        {
            null when !reply.Contains(Range, StringComparison.Ordinal) => $"{rule}: refused without naming the range {Range}: {reply}",
            null when balance != -1 => $"{rule}: refused, yet the member's account was opened with {balance} credits",
            { } expected when balance != expected => $"{rule}: balance {balance}, expected {expected} (reply: {reply})",
            _ => null,
        };
    }
}

/// <summary>An admin's <paramref name="Action"/> of <paramref name="Credits"/>; <paramref name="Balance"/> after it, or null when it is refused.</summary>
public sealed record QuotaCase(string Action, long Credits, int? Balance)
{
    public override string ToString() => $"{Action} {Credits}";
}
