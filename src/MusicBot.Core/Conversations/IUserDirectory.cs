namespace MusicBot.Core.Conversations;

/// <summary>
/// Handles of users the bot has seen, so an admin can name a member by handle (<c>/quota set @alice 5</c>) on
/// platforms whose API cannot look a user up by handle.
/// </summary>
public interface IUserDirectory
{
    Task RememberAsync(KnownUser user, CancellationToken cancellationToken);

    /// <summary>The user with this handle (case-insensitive, without a leading @), or null if never seen.</summary>
    Task<KnownUser?> FindByHandleAsync(string platform, string handle, CancellationToken cancellationToken);

    Task<KnownUser?> FindByIdAsync(string platform, string userId, CancellationToken cancellationToken);
}
