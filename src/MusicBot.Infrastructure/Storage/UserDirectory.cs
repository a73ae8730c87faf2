using Dapper;
using MusicBot.Core.Conversations;

namespace MusicBot.Infrastructure.Storage;

public sealed class UserDirectory(IStoreDatabase db, TimeProvider time) : IUserDirectory
{
    private const string Columns = "platform, user_id AS UserId, handle, display_name AS DisplayName";

    public async Task RememberAsync(KnownUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO known_users (platform, user_id, handle, display_name, updated_at)
            VALUES (@Platform, @UserId, @Handle, @DisplayName, @now)
            ON CONFLICT (platform, user_id) DO UPDATE SET
                handle = excluded.handle, display_name = excluded.display_name, updated_at = excluded.updated_at
            WHERE known_users.handle <> excluded.handle OR known_users.display_name <> excluded.display_name
            """,
            new { user.Platform, user.UserId, Handle = user.Handle.TrimStart('@'), user.DisplayName, now = db.Time(time.GetUtcNow()) });
    }

    public async Task<KnownUser?> FindByHandleAsync(string platform, string handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        await using var connection = await db.OpenAsync(cancellationToken);

        // Handles move between users; the latest sighting wins.
        var row = await connection.QueryFirstOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM known_users WHERE platform = @platform AND {db.EqualsIgnoringCase("handle", "@handle")} ORDER BY updated_at DESC",
            new { platform, handle = handle.TrimStart('@') });
        return row?.ToUser();
    }

    public async Task<KnownUser?> FindByIdAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM known_users WHERE platform = @platform AND user_id = @userId",
            new { platform, userId });
        return row?.ToUser();
    }

    private sealed class Row
    {
        public string Platform { get; init; } = "";

        public string UserId { get; init; } = "";

        public string Handle { get; init; } = "";

        public string DisplayName { get; init; } = "";

        public KnownUser ToUser() => new(Platform, UserId, Handle, DisplayName);
    }
}
