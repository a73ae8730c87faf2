using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;
using MusicBot.Core.Delivery;
using MusicBot.Core.Failures;
using MusicBot.Core.Generation;
using MusicBot.Core.Songs;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Sqlite;

/// <summary>
/// Migration 0006 on a database written by the versions before it: unconfirmed submits become <c>submit_unknown</c>,
/// failure sentences become codes where their shape is known and legacy text otherwise, and the notices still in the
/// outbox are read by the new code; a draft's song fields become one document.
/// </summary>
public sealed class CodesMigrationTests : IDisposable
{
    private const string ResourcePrefix = "MusicBot.Infrastructure.Sqlite.Migrations.";

    private readonly TestDataDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task MigrateAsync_OldRows_KeepTheirMeaningAsCodes()
    {
        var connections = new SqliteConnectionFactory(_directory.Options);
        await using (var connection = await connections.OpenAsync(CancellationToken.None))
        {
            await ApplyUpToAsync(connection, 4);
            await connection.ExecuteAsync("""
                INSERT INTO tasks (id, request_key, platform, scope_id, user_id, target_channel, provider, model, request_json, state, price, created_at, provider_task_id, failure_reason) VALUES
                (1, 'a', 'console', 'local', 'me', 't', 'sunoapi', 'V4_5', '{"provider":"sunoapi","model":"V4_5"}', 'failed', 1, '2025-01-01T00:00:00.0000000Z', 'p1', 'sunoapi is under maintenance. Try again later.'),
                (2, 'b', 'console', 'local', 'me', 't', 'topview', 'Topview Music', '{"provider":"topview","model":"Topview Music"}', 'timed_out', 1, '2025-01-01T00:00:00.0000000Z', 'p2', 'No result from topview after 15 minutes, so the bot gave up on this song.'),
                (3, 'c', 'console', 'local', 'me', 't', 'musicapi', 'sonic-v5', '{"provider":"musicapi","model":"sonic-v5"}', 'failed', 1, '2025-01-01T00:00:00.0000000Z', 'p3', 'musicapi rejected the request (The ''mv'' field is invalid).'),
                (4, 'd', 'console', 'local', 'me', 't', 'local', 'synth', '{"provider":"local","model":"synth"}', 'failed', 1, '2025-01-01T00:00:00.0000000Z', 'p4', 'Some sentence nobody planned for.'),
                (5, 'e', 'console', 'local', 'me', 't', 'sunoapi', 'V4_5', '{"provider":"sunoapi","model":"V4_5"}', 'submitted', 1, '2025-01-01T00:00:00.0000000Z', NULL, NULL),
                (6, 'f', 'console', 'local', 'me', 't', 'sunoapi', 'V4_5', '{"provider":"sunoapi","model":"V4_5"}', 'submitted', 1, '2025-01-01T00:00:00.0000000Z', 'p6', NULL);
                INSERT INTO tracks (task_id, track_index, title, audio_url, updated_at) VALUES (6, 1, 'Old', 'https://a/1', 'x');
                INSERT INTO deliveries (task_id, kind, ordinal, notice_json, next_attempt_at, created_at) VALUES
                (1, 'Failed', 0, '{"kind":"Failed","title":"Song","failureMessage":"sunoapi is under maintenance. Try again later.","credits":1}', '2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:00.0000000Z'),
                (6, 'Track', 1, '{"kind":"Track","ordinal":1,"track":{"index":1,"title":"Old","audioUrl":"https://a/1"},"title":"Old"}', '2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:00.0000000Z');
                """);
        }

        await new DatabaseMigrator(connections, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);

        var tasks = new SqliteGenerationTaskRepository(connections, Options.Create(new QuotaOptions()));
        Assert.Equal(new TaskFailure.Maintenance("sunoapi"), (await tasks.GetAsync(1, CancellationToken.None))!.Failure);
        Assert.Equal(new TaskFailure.TimedOut("topview", 15), (await tasks.GetAsync(2, CancellationToken.None))!.Failure);
        Assert.Equal(new TaskFailure.Rejected("musicapi", RejectionCause.Unspecified, "The 'mv' field is invalid"), (await tasks.GetAsync(3, CancellationToken.None))!.Failure);
        Assert.Equal(new TaskFailure.LegacyText("Some sentence nobody planned for."), (await tasks.GetAsync(4, CancellationToken.None))!.Failure);
        Assert.Equal(TaskState.SubmitUnknown, (await tasks.GetAsync(5, CancellationToken.None))!.State);
        Assert.Equal(TaskState.Submitted, (await tasks.GetAsync(6, CancellationToken.None))!.State);
        Assert.Equal([5L, 6L], (await tasks.ListUnfinishedAsync(CancellationToken.None)).Select(t => t.Id));

        var due = await new SqliteDeliveryOutbox(connections).ListDueAsync(["console"], DateTimeOffset.MaxValue, 10, CancellationToken.None);
        var failed = Assert.IsType<Notice.Failed>(due.Single(d => d.TaskId == 1).Notice);
        Assert.Equal((new TaskFailure.Maintenance("sunoapi"), 1, "Song"), (failed.Failure, failed.Credits, failed.Title));
        var track = Assert.IsType<Notice.TrackReady>(due.Single(d => d.TaskId == 6).Notice);
        Assert.Equal((1, "Old"), (track.Take, track.Track.Title));
        await using var check = await connections.OpenAsync(CancellationToken.None);
        Assert.Empty(await check.QueryAsync("PRAGMA foreign_key_check"));
        Assert.Equal(1L, await check.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
    }

    [Fact]
    public async Task MigrateAsync_OldDraftColumns_BecomeOneSongDocumentWithTheSameValues()
    {
        var connections = new SqliteConnectionFactory(_directory.Options);
        await using (var connection = await connections.OpenAsync(CancellationToken.None))
        {
            await ApplyUpToAsync(connection, 4);
            await connection.ExecuteAsync("""
                INSERT INTO drafts (platform, scope_id, user_id, provider, model, style, lyrics, title, instrumental, negative_tags,
                                    vocal_gender, style_weight, weirdness, audio_weight, enhance_prompt, awaited_field, updated_at) VALUES
                ('telegram', '-1', 'full', 'sunoapi', 'V5', 'synthwave', 'line one' || char(10) || 'line "two"', 'Night Drive', 1, 'metal',
                 'f', '0.65', '0.01', '1', 1, 'Lyrics', '2025-01-01T00:00:00.0000000Z'),
                ('telegram', '-1', 'bare', NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0, 'Style', '2025-01-01T00:00:00.0000000Z');
                """);
        }

        await new DatabaseMigrator(connections, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);

        var drafts = new SqliteDraftRepository(connections, TimeProvider.System);
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

    /// <summary>The migrations up to <paramref name="version"/>, as the versions before 0006 applied them.</summary>
    private static async Task ApplyUpToAsync(SqliteConnection connection, long version)
    {
        await connection.ExecuteAsync("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);");
        foreach (var (number, name) in DatabaseMigrator.Discover().Where(m => m.Version <= version))
        {
            await using var stream = typeof(DatabaseMigrator).Assembly.GetManifestResourceStream(ResourcePrefix + name)!;
            using var reader = new StreamReader(stream);
            await connection.ExecuteAsync(await reader.ReadToEndAsync());
            await connection.ExecuteAsync("INSERT INTO schema_version VALUES (@number, @name, 'x')", new { number, name });
        }
    }
}
