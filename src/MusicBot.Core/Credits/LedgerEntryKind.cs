namespace MusicBot.Core.Credits;

/// <summary>The kinds of rows in the append-only credit ledger.</summary>
public enum LedgerEntryKind
{
    /// <summary>Credits added (the scope's default allowance for a new user, or an admin grant).</summary>
    Grant,

    /// <summary>An admin set the balance to a value; the row carries the difference.</summary>
    Set,

    /// <summary>Held for a task at submit.</summary>
    Reserve,

    /// <summary>A reserved price kept because the task succeeded (moves no balance).</summary>
    Capture,

    /// <summary>A reserved price returned because the task failed or timed out.</summary>
    Refund,

    /// <summary>A balance carried to the scope a place moved to: a pair of rows, out of the old account and into the new.</summary>
    Move,
}
