using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;
using MusicBot.Core.Delivery;
using MusicBot.Core.Failures;
using MusicBot.Core.Generation;
using MusicBot.Core.Songs;
using MusicBot.Infrastructure.Postgres;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Infrastructure.Storage;
using MusicBot.Testing;
using Npgsql;

namespace MusicBot.Infrastructure.Tests.Storage;

public sealed class SqliteCodesMigrationTests : CodesMigrationTests, IDisposable
{
    private readonly TestDataDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    protected override async Task<IStoreDatabase> CreateAtVersionAsync(long version)
    {
        var connections = new SqliteConnectionFactory(_directory.Options);
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);");
        await ApplyAsync(connection, MigrationScripts.Sqlite, version, "x");
        return new SqliteDatabase(connections);
    }

    protected override Task MigrateAsync(IStoreDatabase db) =>
        new DatabaseMigrator(((SqliteDatabase)db).Connections, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);

    protected override async Task AssertEngineIntactAsync(IStoreDatabase db)
    {
        await using var check = await db.OpenAsync(CancellationToken.None);
        Assert.Empty(await check.QueryAsync("PRAGMA foreign_key_check"));
        Assert.Equal(1L, await check.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
    }
}

public sealed class PostgresCodesMigrationTests : CodesMigrationTests, IClassFixture<PostgresStoreFixture>, IAsyncDisposable
{
    private TestPostgresDatabase? _database;
    private PostgresDatabase? _store;

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override async Task<IStoreDatabase> CreateAtVersionAsync(long version)
    {
        _database = await PostgresTestServer.CreateEmptyAsync();
        _store = new PostgresDatabase(_database.ConnectionString);
        await using var connection = await _store.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("CREATE TABLE schema_version (version bigint PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL);");
        await ApplyAsync(connection, MigrationScripts.Postgres, version, DateTimeOffset.UtcNow);
        return _store;
    }

    protected override Task MigrateAsync(IStoreDatabase db) =>
        new PostgresMigrator((PostgresDatabase)db, TimeProvider.System, NullLogger<PostgresMigrator>.Instance).MigrateAsync(null, CancellationToken.None);

    protected override async Task AssertEngineIntactAsync(IStoreDatabase db)
    {
        await using var check = await db.OpenAsync(CancellationToken.None);
        Assert.Equal(0L, await check.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM tracks k WHERE NOT EXISTS (SELECT 1 FROM tasks t WHERE t.id = k.task_id)"));
        // The state check was replaced, not dropped: it admits submit_unknown (task 5) and still refuses a made-up state.
        await Assert.ThrowsAsync<PostgresException>(() => check.ExecuteAsync("UPDATE tasks SET state = 'sent' WHERE id = 5"));
    }
}

/// <summary>
/// Migration 0006 on a database written by the versions before it, on each engine: unconfirmed submits become
/// <c>submit_unknown</c>, failure sentences become codes where their shape is known and legacy text otherwise, the
/// notices still in the outbox are read by the new code, and a draft's song fields become one document.
/// </summary>
public abstract class CodesMigrationTests
{
    private const long BeforeCodes = 4;

    private static readonly DateTimeOffset Then = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [StoreFact]
    public async Task MigrateAsync_OldRows_KeepTheirMeaningAsCodes()
    {
        var db = await CreateAtVersionAsync(BeforeCodes);
        await using (var connection = await db.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO tasks (id, request_key, platform, scope_id, user_id, target_channel, provider, model, request_json, state, price, created_at, provider_task_id, failure_reason) VALUES
                (1, 'a', 'console', 'local', 'me', 't', 'sunoapi', 'V4_5', '{"provider":"sunoapi","model":"V4_5"}', 'failed', 1, @At, 'p1', 'sunoapi is under maintenance. Try again later.'),
                (2, 'b', 'console', 'local', 'me', 't', 'topview', 'Topview Music', '{"provider":"topview","model":"Topview Music"}', 'timed_out', 1, @At, 'p2', 'No result from topview after 15 minutes, so the bot gave up on this song.'),
                (3, 'c', 'console', 'local', 'me', 't', 'musicapi', 'sonic-v5', '{"provider":"musicapi","model":"sonic-v5"}', 'failed', 1, @At, 'p3', 'musicapi rejected the request (The ''mv'' field is invalid).'),
                (4, 'd', 'console', 'local', 'me', 't', 'local', 'synth', '{"provider":"local","model":"synth"}', 'failed', 1, @At, 'p4', 'Some sentence nobody planned for.'),
                (5, 'e', 'console', 'local', 'me', 't', 'sunoapi', 'V4_5', '{"provider":"sunoapi","model":"V4_5"}', 'submitted', 1, @At, NULL, NULL),
                (6, 'f', 'console', 'local', 'me', 't', 'sunoapi', 'V4_5', '{"provider":"sunoapi","model":"V4_5"}', 'submitted', 1, @At, 'p6', NULL),
                (7, 'g', 'console', 'local', 'me', 't', 'sunoapi', 'V4_5', '{"provider":"sunoapi","model":"V4_5"}', 'failed', 1, @At, 'p7', 'The provider finished without any audio.'),
                (8, 'h', 'console', 'local', 'me', 't', 'local', 'synth', '{"provider":"local","model":"synth"}', 'failed', 1, @At, 'p8', 'local could not make this song (the source take is gone).'),
                (9, 'i', 'console', 'local', 'me', 't', 'sunoapi', 'V4_5', '{"provider":"sunoapi","model":"V4_5"}', 'failed', 1, @At, 'p9', 'The provider ''oldapi'' is no longer configured on this bot.');
                INSERT INTO tracks (task_id, track_index, title, audio_url, updated_at) VALUES (6, 1, 'Old', 'https://a/1', @At);
                INSERT INTO deliveries (task_id, kind, ordinal, notice_json, next_attempt_at, created_at) VALUES
                (1, 'Failed', 0, '{"kind":"Failed","title":"Song","failureMessage":"sunoapi is under maintenance. Try again later.","credits":1}', @At, @At),
                (4, 'Failed', 0, '{"kind":"Failed","failureMessage":"An older sentence in the outbox.","credits":1}', @At, @At),
                (6, 'Track', 1, '{"kind":"Track","ordinal":1,"track":{"index":1,"title":"Old","audioUrl":"https://a/1"},"title":"Old"}', @At, @At);
                """,
                new { At = db.Time(Then) });
        }

        await MigrateAsync(db);

        var tasks = new GenerationTaskRepository(db, Options.Create(new QuotaOptions()));
        async Task<TaskFailure?> FailureOf(long id) => (await tasks.GetAsync(id, CancellationToken.None))!.Failure;
        Assert.Equal(new TaskFailure.Maintenance("sunoapi"), await FailureOf(1));
        Assert.Equal(new TaskFailure.TimedOut("topview", 15), await FailureOf(2));
        Assert.Equal(new TaskFailure.Rejected("musicapi", RejectionCause.Unspecified, "The 'mv' field is invalid"), await FailureOf(3));
        Assert.Equal(new TaskFailure.LegacyText("Some sentence nobody planned for."), await FailureOf(4));
        Assert.Equal(new TaskFailure.NoAudio(), await FailureOf(7));
        Assert.Equal(new TaskFailure.GenerationFailed("local", "the source take is gone"), await FailureOf(8));
        Assert.Equal(new TaskFailure.ProviderRemoved("oldapi"), await FailureOf(9));
        Assert.Equal(TaskState.SubmitUnknown, (await tasks.GetAsync(5, CancellationToken.None))!.State);
        Assert.Equal(TaskState.Submitted, (await tasks.GetAsync(6, CancellationToken.None))!.State);
        Assert.Equal([5L, 6L], (await tasks.ListDueAsync(DateTimeOffset.MaxValue, 10, CancellationToken.None)).Select(t => t.Id));
        await using (var connection = await db.OpenAsync(CancellationToken.None))
        {
            Assert.Equal(
                ["generation-failed", "legacy-text", "maintenance", "no-audio", "provider-removed", "rejected", "timed-out"],
                (await connection.QueryAsync<string>("SELECT DISTINCT failure_code FROM tasks WHERE failure_code IS NOT NULL")).Order(StringComparer.Ordinal));
        }

        var due = await new DeliveryOutbox(db).ListDueAsync(["console"], DateTimeOffset.MaxValue, 10, CancellationToken.None);
        var failed = Assert.IsType<Notice.Failed>(due.Single(d => d.TaskId == 1).Notice);
        Assert.Equal((new TaskFailure.Maintenance("sunoapi"), 1, "Song"), (failed.Failure, failed.Credits, failed.Title));
        var older = Assert.IsType<Notice.Failed>(due.Single(d => d.TaskId == 4).Notice);
        Assert.Equal(new TaskFailure.LegacyText("An older sentence in the outbox."), older.Failure);
        var track = Assert.IsType<Notice.TrackReady>(due.Single(d => d.TaskId == 6).Notice);
        Assert.Equal((1, "Old"), (track.Take, track.Track.Title));
        await AssertEngineIntactAsync(db);
    }

    [StoreFact]
    public async Task MigrateAsync_OldDraftColumns_BecomeOneSongDocumentWithTheSameValues()
    {
        var db = await CreateAtVersionAsync(BeforeCodes);
        await using (var connection = await db.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO drafts (platform, scope_id, user_id, provider, model, style, lyrics, title, instrumental, negative_tags,
                                    vocal_gender, style_weight, weirdness, audio_weight, enhance_prompt, awaited_field, updated_at) VALUES
                ('telegram', '-1', 'full', 'sunoapi', 'V5', 'synthwave', @Lyrics, 'Night Drive', @Yes, 'metal', 'f', @StyleWeight, @Weirdness, @AudioWeight, @Yes, 'Lyrics', @At),
                ('telegram', '-1', 'bare', NULL, NULL, NULL, NULL, NULL, @No, NULL, NULL, NULL, NULL, NULL, @No, 'Style', @At);
                """,
                // The weights as the repository wrote them before: decimals (invariant text on SQLite, numeric on PostgreSQL).
                new { Lyrics = "line one\nline \"two\"", Yes = true, No = false, StyleWeight = 0.65m, Weirdness = 0.01m, AudioWeight = 1m, At = db.Time(Then) });
        }

        await MigrateAsync(db);

        var drafts = new DraftRepository(db, TimeProvider.System);
        var full = new UserRef(new ConversationScope("telegram", "-1"), "full");
        var bare = new UserRef(new ConversationScope("telegram", "-1"), "bare");
        Assert.Equal(
            new Draft
            {
                Provider = "sunoapi",
                Model = "V5",
                Style = "synthwave",
                Lyrics = "line one\nline \"two\"",
                Title = "Night Drive",
                Instrumental = true,
                NegativeTags = "metal",
                VocalGender = "f",
                StyleWeight = 0.65m,
                Weirdness = 0.01m,
                AudioWeight = 1m,
                EnhancePrompt = true,
            },
            await drafts.GetAsync(full, CancellationToken.None));
        Assert.Equal(Draft.Empty, await drafts.GetAsync(bare, CancellationToken.None));
        Assert.Equal(DraftField.Lyrics, await drafts.GetAwaitedFieldAsync(full, CancellationToken.None));
        Assert.Equal(DraftField.Style, await drafts.GetAwaitedFieldAsync(bare, CancellationToken.None));
    }

    /// <summary>A new database of this engine with the migrations up to <paramref name="version"/>, as the versions before 0006 applied them.</summary>
    protected abstract Task<IStoreDatabase> CreateAtVersionAsync(long version);

    /// <summary>This release's migrator, as start-up runs it.</summary>
    protected abstract Task MigrateAsync(IStoreDatabase db);

    /// <summary>What only this engine can check about the migrated tables.</summary>
    protected abstract Task AssertEngineIntactAsync(IStoreDatabase db);

    protected static async Task ApplyAsync(System.Data.Common.DbConnection connection, MigrationScripts scripts, long version, object appliedAt)
    {
        foreach (var (number, name) in scripts.Discover().Where(m => m.Version <= version))
        {
            await connection.ExecuteAsync(scripts.Read(name));
            await connection.ExecuteAsync("INSERT INTO schema_version VALUES (@number, @name, @appliedAt)", new { number, name, appliedAt });
        }
    }
}
