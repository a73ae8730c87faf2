namespace MusicBot.Core.Conversations;

/// <summary>
/// A place that got a new id but is the same place (a Telegram group upgraded to a supergroup). Moving it carries over
/// everything kept per place: members' drafts, their credits (a pair of <see cref="Credits.LedgerEntryKind.Move"/>
/// rows, out of the old account and into the new, so both still add up and no history is rewritten), an account
/// even at zero (no second default allowance), the scope's settings, and its tasks (a later refund lands in the new
/// account, notices go to the new place). A member whose id is the old scope's id (the place speaking as itself,
/// e.g. a Telegram group's anonymous admins) becomes the member with the new id. Moves are remembered.
/// </summary>
public interface IScopeMoves
{
    /// <summary>Moves the scope, all in one transaction; false when it was moved already (a repeated notice), and nothing changes then.</summary>
    Task<bool> MoveAsync(ScopeMove move, CancellationToken cancellationToken);

    /// <summary>Every move recorded for a platform, oldest first.</summary>
    Task<IReadOnlyList<ScopeMove>> ListAsync(string platform, CancellationToken cancellationToken);
}
