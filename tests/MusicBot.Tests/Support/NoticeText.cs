using MusicBot.Core.Delivery;
using MusicBot.Core.Generation;
using MusicBot.Core.Providers;
using MusicBot.Messages;

namespace MusicBot.Tests.Support;

/// <summary>
/// What a notice or a refusal says, read as the pipeline tests read it: its failure in the words the text chat shows, and the
/// parts of a track or lyrics notice, whatever kind of notice the test holds.
/// </summary>
internal static class NoticeText
{
    private static readonly Phrases Words = new(MessageCatalog.English, TextCommandSyntax.Instance);

    extension(GenerateOutcome.Refused refused)
    {
        /// <summary>The refusal as the user reads it.</summary>
        public string Message => Words.Refused(refused.Reason);
    }

    extension(Notice notice)
    {
        /// <summary>Why the task failed, as the user reads it; null for any other notice.</summary>
        public string? FailureMessage => notice is Notice.Failed failed ? Words.Failure(failed.Failure) : null;

        /// <summary>The track of a track or lyrics notice.</summary>
        public ProviderTrack? Track => notice switch
        {
            Notice.TrackReady track => track.Track,
            Notice.LyricsVersion version => version.Track,
            _ => null,
        };

        public bool SavedToDraft => notice is Notice.LyricsVersion { SavedToDraft: true };

        public string? StreamUrl => (notice as Notice.FirstTrackReady)?.StreamUrl;

        public int Credits => notice switch
        {
            Notice.Completed done => done.Credits,
            Notice.Failed failed => failed.Credits,
            _ => 0,
        };
    }
}
