using MusicBot.Core.Providers;

namespace MusicBot.Infrastructure.Storage;

/// <summary>A <c>tracks</c> row as Dapper reads it.</summary>
internal sealed class TrackRow
{
    public const string Columns = """
        track_index AS TrackIndex, provider_track_id AS ProviderTrackId, title, style, audio_url AS AudioUrl,
        stream_url AS StreamUrl, image_url AS ImageUrl, duration_seconds AS DurationSeconds, lyrics
        """;

    public long TrackIndex { get; init; }

    public string? ProviderTrackId { get; init; }

    public string? Title { get; init; }

    public string? Style { get; init; }

    public string? AudioUrl { get; init; }

    public string? StreamUrl { get; init; }

    public string? ImageUrl { get; init; }

    public double? DurationSeconds { get; init; }

    public string? Lyrics { get; init; }

    public ProviderTrack ToTrack() => new()
    {
        Index = (int)TrackIndex,
        ProviderTrackId = ProviderTrackId,
        Title = Title,
        Style = Style,
        AudioUrl = AudioUrl,
        StreamUrl = StreamUrl,
        ImageUrl = ImageUrl,
        DurationSeconds = DurationSeconds,
        Lyrics = Lyrics,
    };
}
