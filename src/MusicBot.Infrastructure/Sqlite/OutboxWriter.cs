using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using MusicBot.Core.Delivery;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Serialization;

namespace MusicBot.Infrastructure.Sqlite;

/// <summary>Writes a step's tracks and notices inside the step's transaction.</summary>
internal static class OutboxWriter
{
    /// <summary>
    /// Later stages fill in what earlier ones left empty (a stage may report an empty audio URL or no duration);
    /// an empty value never erases a known one.
    /// </summary>
    public static async Task UpsertTracksAsync(SqliteConnection connection, SqliteTransaction transaction, long taskId, IReadOnlyList<ProviderTrack> tracks, DateTimeOffset now)
    {
        foreach (var track in tracks)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO tracks (task_id, track_index, provider_track_id, title, style, audio_url, stream_url, image_url, duration_seconds, lyrics, updated_at)
                VALUES (@taskId, @Index, @ProviderTrackId, @Title, @Style, @AudioUrl, @StreamUrl, @ImageUrl, @DurationSeconds, @Lyrics, @At)
                ON CONFLICT (task_id, track_index) DO UPDATE SET
                    provider_track_id = COALESCE(NULLIF(excluded.provider_track_id, ''), provider_track_id),
                    title = COALESCE(NULLIF(excluded.title, ''), title),
                    style = COALESCE(NULLIF(excluded.style, ''), style),
                    audio_url = COALESCE(NULLIF(excluded.audio_url, ''), audio_url),
                    stream_url = COALESCE(NULLIF(excluded.stream_url, ''), stream_url),
                    image_url = COALESCE(NULLIF(excluded.image_url, ''), image_url),
                    duration_seconds = COALESCE(excluded.duration_seconds, duration_seconds),
                    lyrics = COALESCE(NULLIF(excluded.lyrics, ''), lyrics),
                    updated_at = excluded.updated_at
                """,
                new
                {
                    taskId,
                    track.Index,
                    track.ProviderTrackId,
                    track.Title,
                    track.Style,
                    track.AudioUrl,
                    track.StreamUrl,
                    track.ImageUrl,
                    track.DurationSeconds,
                    track.Lyrics,
                    At = DbTime.Format(now),
                },
                transaction);
        }
    }

    /// <summary>Queues notices; one already queued for the same (kind, ordinal) is left alone, so nothing is sent twice.</summary>
    public static async Task EnqueueAsync(SqliteConnection connection, SqliteTransaction transaction, long taskId, IReadOnlyList<Notice> notices, DateTimeOffset now)
    {
        foreach (var notice in notices)
        {
            await connection.ExecuteAsync(
                """
                INSERT OR IGNORE INTO deliveries (task_id, kind, ordinal, notice_json, next_attempt_at, created_at)
                VALUES (@taskId, @Kind, @Ordinal, @Json, @At, @At)
                """,
                new
                {
                    taskId,
                    Kind = notice.Kind.ToString(),
                    notice.Ordinal,
                    Json = JsonSerializer.Serialize(notice, InfrastructureJsonContext.Default.Notice),
                    At = DbTime.Format(now),
                },
                transaction);
        }
    }
}
