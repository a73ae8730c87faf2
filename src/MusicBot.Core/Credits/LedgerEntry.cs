namespace MusicBot.Core.Credits;

/// <summary>One ledger row: <paramref name="Amount"/> is the change to the balance (negative for a reserve).</summary>
public sealed record LedgerEntry(long Id, LedgerEntryKind Kind, int Amount, int BalanceAfter, string Actor, string Reason, long? TaskId, DateTimeOffset At);
