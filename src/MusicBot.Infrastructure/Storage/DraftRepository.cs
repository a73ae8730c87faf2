using System.Text.Json;
using Dapper;
using MusicBot.Core.Conversations;
using MusicBot.Core.Drafts;
using MusicBot.Core.Songs;
using MusicBot.Infrastructure.Serialization;

namespace MusicBot.Infrastructure.Storage;

public sealed class DraftRepository(IStoreDatabase db, TimeProvider time) : IDraftRepository
{
    public async Task<Draft> GetAsync(UserRef user, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DraftRow>(
            """
            SELECT provider, model, song_json AS SongJson
            FROM drafts WHERE platform = @Platform AND scope_id = @ScopeId AND user_id = @UserId
            """,
            LedgerWriter.Key(user));
        return row?.ToDraft() ?? Draft.Empty;
    }

    public async Task SaveAsync(UserRef user, Draft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var key = LedgerWriter.Key(user);
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO drafts (platform, scope_id, user_id, provider, model, song_json, updated_at)
            VALUES (@Platform, @ScopeId, @UserId, @Provider, @Model, @SongJson, @UpdatedAt)
            ON CONFLICT (platform, scope_id, user_id) DO UPDATE SET
                provider = excluded.provider, model = excluded.model, song_json = excluded.song_json, updated_at = excluded.updated_at
            """,
            new
            {
                key.Platform,
                key.ScopeId,
                key.UserId,
                draft.Provider,
                draft.Model,
                // Written as the song's fields only: provider and model have their own columns.
                SongJson = JsonSerializer.Serialize(draft, InfrastructureJsonContext.Default.SongFields),
                UpdatedAt = db.Time(time.GetUtcNow()),
            });
    }

    public async Task ClearAsync(UserRef user, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "DELETE FROM drafts WHERE platform = @Platform AND scope_id = @ScopeId AND user_id = @UserId",
            LedgerWriter.Key(user));
    }

    public async Task<DraftField?> GetAwaitedFieldAsync(UserRef user, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var field = await connection.QuerySingleOrDefaultAsync<string?>(
            "SELECT awaited_field FROM drafts WHERE platform = @Platform AND scope_id = @ScopeId AND user_id = @UserId",
            LedgerWriter.Key(user));
        return Enum.TryParse<DraftField>(field, out var parsed) ? parsed : null;
    }

    public async Task SetAwaitedFieldAsync(UserRef user, DraftField? field, CancellationToken cancellationToken)
    {
        var key = LedgerWriter.Key(user);
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO drafts (platform, scope_id, user_id, awaited_field, updated_at) VALUES (@Platform, @ScopeId, @UserId, @Field, @At)
            ON CONFLICT (platform, scope_id, user_id) DO UPDATE SET awaited_field = excluded.awaited_field
            """,
            new { key.Platform, key.ScopeId, key.UserId, Field = field?.ToString(), At = db.Time(time.GetUtcNow()) });
    }

    private sealed class DraftRow
    {
        public string? Provider { get; init; }

        public string? Model { get; init; }

        public string SongJson { get; init; } = "{}";

        public Draft ToDraft()
        {
            var song = JsonSerializer.Deserialize(SongJson, InfrastructureJsonContext.Default.SongFields)
                ?? throw new InvalidOperationException("A draft's song_json is null.");
            return new Draft(song) { Provider = Provider, Model = Model };
        }
    }
}
