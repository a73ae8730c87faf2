using Dapper;
using MusicBot.Core.Conversations;
using MusicBot.Core.Drafts;

namespace MusicBot.Infrastructure.Storage;

public sealed class DraftRepository(IStoreDatabase db, TimeProvider time) : IDraftRepository
{
    public async Task<Draft> GetAsync(UserRef user, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DraftRow>(
            """
            SELECT provider, model, style, lyrics, title, instrumental, negative_tags AS NegativeTags, vocal_gender AS VocalGender,
                   style_weight AS StyleWeight, weirdness, audio_weight AS AudioWeight, enhance_prompt AS EnhancePrompt
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
            INSERT INTO drafts (platform, scope_id, user_id, provider, model, style, lyrics, title, instrumental, negative_tags,
                                vocal_gender, style_weight, weirdness, audio_weight, enhance_prompt, updated_at)
            VALUES (@Platform, @ScopeId, @UserId, @Provider, @Model, @Style, @Lyrics, @Title, @Instrumental, @NegativeTags,
                    @VocalGender, @StyleWeight, @Weirdness, @AudioWeight, @EnhancePrompt, @UpdatedAt)
            ON CONFLICT (platform, scope_id, user_id) DO UPDATE SET
                provider = excluded.provider, model = excluded.model, style = excluded.style, lyrics = excluded.lyrics,
                title = excluded.title, instrumental = excluded.instrumental, negative_tags = excluded.negative_tags,
                vocal_gender = excluded.vocal_gender, style_weight = excluded.style_weight, weirdness = excluded.weirdness,
                audio_weight = excluded.audio_weight, enhance_prompt = excluded.enhance_prompt, updated_at = excluded.updated_at
            """,
            new
            {
                key.Platform,
                key.ScopeId,
                key.UserId,
                draft.Provider,
                draft.Model,
                draft.Style,
                draft.Lyrics,
                draft.Title,
                draft.Instrumental,
                draft.NegativeTags,
                draft.VocalGender,
                draft.StyleWeight,
                draft.Weirdness,
                draft.AudioWeight,
                draft.EnhancePrompt,
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

        public string? Style { get; init; }

        public string? Lyrics { get; init; }

        public string? Title { get; init; }

        public bool Instrumental { get; init; }

        public string? NegativeTags { get; init; }

        public string? VocalGender { get; init; }

        public decimal? StyleWeight { get; init; }

        public decimal? Weirdness { get; init; }

        public decimal? AudioWeight { get; init; }

        public bool EnhancePrompt { get; init; }

        public Draft ToDraft() => new()
        {
            Provider = Provider,
            Model = Model,
            Style = Style,
            Lyrics = Lyrics,
            Title = Title,
            Instrumental = Instrumental,
            NegativeTags = NegativeTags,
            VocalGender = VocalGender,
            StyleWeight = StyleWeight,
            Weirdness = Weirdness,
            AudioWeight = AudioWeight,
            EnhancePrompt = EnhancePrompt,
        };
    }
}
