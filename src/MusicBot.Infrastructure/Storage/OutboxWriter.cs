using System.Data.Common;
using System.Text.Json;
using Dapper;
using MusicBot.Core.Delivery;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Serialization;

namespace MusicBot.Infrastructure.Storage;

/// <summary>Writes a step's tracks and notices inside the step's transaction.</summary>
internal static class OutboxWriter
{
    /// <summary>
    /// Later stages fill in what earlier ones left empty (a stage may report an empty audio URL or no duration);
    /// an empty value never erases a known one.
    /// </summary>
    public static async Task UpsertTracksAsync(IStoreDatabase db, DbConnection connection, DbTransaction transaction, long taskId, IReadOnlyList<ProviderTrack> tracks, DateTimeOffset now)
    {
        foreach (var track in tracks)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO tracks (task_id, track_index, provider_track_id, title, style, audio_url, stream_url, image_url, duration_seconds, lyrics, updated_at)
                VALUES (@taskId, @Index, @ProviderTrackId, @Title, @Style, @AudioUrl, @StreamUrl, @ImageUrl, @DurationSeconds, @Lyrics, @At)
                ON CONFLICT (task_id, track_index) DO UPDATE SET
                    provider_track_id = COALESCE(NULLIF(excluded.provider_track_id, ''), tracks.provider_track_id),
                    title = COALESCE(NULLIF(excluded.title, ''), tracks.title),
                    style = COALESCE(NULLIF(excluded.style, ''), tracks.style),
                    audio_url = COALESCE(NULLIF(excluded.audio_url, ''), tracks.audio_url),
                    stream_url = COALESCE(NULLIF(excluded.stream_url, ''), tracks.stream_url),
                    image_url = COALESCE(NULLIF(excluded.image_url, ''), tracks.image_url),
                    duration_seconds = COALESCE(excluded.duration_seconds, tracks.duration_seconds),
                    lyrics = COALESCE(NULLIF(excluded.lyrics, ''), tracks.lyrics),
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
                    At = db.Time(now),
                },
                transaction);
        }
    }

    /// <summary>Queues notices; one already queued for the same (kind, ordinal) is left alone, so nothing is sent twice.</summary>
    public static async Task EnqueueAsync(IStoreDatabase db, DbConnection connection, DbTransaction transaction, long taskId, IReadOnlyList<Notice> notices, DateTimeOffset now)
    {
        foreach (var notice in notices)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO deliveries (task_id, kind, ordinal, notice_json, next_attempt_at, created_at)
                VALUES (@taskId, @Kind, @Ordinal, @Json, @At, @At)
                ON CONFLICT (task_id, kind, ordinal) DO NOTHING
                """,
                new
                {
                    taskId,
                    Kind = notice.Kind.ToString(),
                    notice.Ordinal,
                    Json = JsonSerializer.Serialize(notice, InfrastructureJsonContext.Default.Notice),
                    At = db.Time(now),
                },
                transaction);
        }
    }
}
