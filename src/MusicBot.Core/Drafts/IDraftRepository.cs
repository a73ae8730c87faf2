using MusicBot.Core.Conversations;
using MusicBot.Core.Songs;

namespace MusicBot.Core.Drafts;

/// <summary>Per-user drafts, kept across restarts.</summary>
public interface IDraftRepository
{
    /// <summary>The user's draft, or <see cref="Draft.Empty"/> when they have none.</summary>
    Task<Draft> GetAsync(UserRef user, CancellationToken cancellationToken);

    Task SaveAsync(UserRef user, Draft draft, CancellationToken cancellationToken);

    Task ClearAsync(UserRef user, CancellationToken cancellationToken);

    /// <summary>The field the user's next plain message fills (after a bare <c>/lyrics</c>), if any.</summary>
    Task<DraftField?> GetAwaitedFieldAsync(UserRef user, CancellationToken cancellationToken);

    Task SetAwaitedFieldAsync(UserRef user, DraftField? field, CancellationToken cancellationToken);
}
