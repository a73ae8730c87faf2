using Dapper;
using MusicBot.Core.Chat.Languages;
using MusicBot.Core.Conversations;

namespace MusicBot.Infrastructure.Storage;

/// <summary>The language choices (user_languages, scope_languages); a user's row is written only when something in it changes.</summary>
public sealed class UserLanguageStore(IStoreDatabase db, TimeProvider time) : IUserLanguageStore
{
    public async Task<LanguagePreference> GetAsync(UserRef user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            """
            SELECT
                (SELECT chosen FROM user_languages WHERE platform = @Platform AND user_id = @UserId) AS Chosen,
                (SELECT hint FROM user_languages WHERE platform = @Platform AND user_id = @UserId) AS Hint,
                (SELECT language FROM scope_languages WHERE platform = @Platform AND scope_id = @ScopeId) AS ScopeDefault
            """,
            new { user.Platform, user.UserId, ScopeId = user.Scope.Id });
        return row is null ? LanguagePreference.None : new LanguagePreference(row.Chosen, row.Hint, row.ScopeDefault);
    }

    public async Task ChooseAsync(string platform, string userId, string? code, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO user_languages (platform, user_id, chosen, hint, updated_at) VALUES (@platform, @userId, @code, NULL, @now)
            ON CONFLICT (platform, user_id) DO UPDATE SET chosen = excluded.chosen, updated_at = excluded.updated_at
            """,
            new { platform, userId, code, now = db.Time(time.GetUtcNow()) });
    }

    public async Task RememberHintAsync(string platform, string userId, string hint, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO user_languages (platform, user_id, chosen, hint, updated_at) VALUES (@platform, @userId, NULL, @hint, @now)
            ON CONFLICT (platform, user_id) DO UPDATE SET hint = excluded.hint, updated_at = excluded.updated_at
            WHERE user_languages.hint IS NULL OR user_languages.hint <> excluded.hint
            """,
            new { platform, userId, hint, now = db.Time(time.GetUtcNow()) });
    }

    public async Task SetScopeDefaultAsync(ConversationScope scope, string? code, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await db.OpenAsync(cancellationToken);
        if (code is null)
        {
            await connection.ExecuteAsync(
                "DELETE FROM scope_languages WHERE platform = @Platform AND scope_id = @Id",
                new { scope.Platform, scope.Id });
            return;
        }

        await connection.ExecuteAsync(
            """
            INSERT INTO scope_languages (platform, scope_id, language, updated_by, updated_at) VALUES (@Platform, @Id, @code, @actor, @now)
            ON CONFLICT (platform, scope_id) DO UPDATE SET
                language = excluded.language, updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """,
            new { scope.Platform, scope.Id, code, actor, now = db.Time(time.GetUtcNow()) });
    }

    private sealed class Row
    {
        public string? Chosen { get; init; }

        public string? Hint { get; init; }

        public string? ScopeDefault { get; init; }
    }
}
