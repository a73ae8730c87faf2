using MusicBot.Core.Delivery;
using MusicBot.Core.Failures;
using MusicBot.Core.Providers;

namespace MusicBot.Testing;

/// <summary>Test data: notices as Core writes them, in one line each.</summary>
public static class Notices
{
    public static Notice.LyricsReady LyricsReady(string? title) => new() { Title = title };

    public static Notice.FirstTrackReady FirstTrackReady(string? title, string? streamUrl) => new() { Title = title, StreamUrl = streamUrl };

    /// <summary>A track notice; its take is the track's index unless given.</summary>
    public static Notice.TrackReady ForTrack(ProviderTrack track, int? take = null)
    {
        ArgumentNullException.ThrowIfNull(track);
        return new() { Track = track, Take = take ?? track.Index, Title = track.Title };
    }

    public static Notice.LyricsVersion ForLyrics(ProviderTrack variant, bool savedToDraft)
    {
        ArgumentNullException.ThrowIfNull(variant);
        return new() { Track = variant, Title = variant.Title, SavedToDraft = savedToDraft };
    }

    public static Notice.Completed Completed(string? title, int charged, int trackCount) => new() { Title = title, Credits = charged, TrackCount = trackCount };

    public static Notice.Failed Failed(string? title, TaskFailure failure, int refunded) => new() { Title = title, Failure = failure, Credits = refunded };

    /// <summary>A failure whose words are given as they are (a stored legacy sentence reads the same in every language).</summary>
    public static Notice.Failed Failed(string? title, string message, int refunded) => Failed(title, new TaskFailure.LegacyText(message), refunded);
}
