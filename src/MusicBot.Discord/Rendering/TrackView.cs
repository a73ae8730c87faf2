using MusicBot.Core.Operations;

namespace MusicBot.Discord.Rendering;

/// <summary>
/// What a track message says about its task beyond the track itself: the take as the user counts takes (its
/// position among the task's playable tracks, which is what <c>take:</c> means), what the task made, and whether an
/// Extend button belongs on it.
/// </summary>
public sealed record TrackView(long TaskId, int Take, OperationKind? Operation, bool CanExtend)
{
    /// <summary>The file name without extension: <c>song-5-take-1</c>, <c>song-5-stem-2</c>, <c>song-5-wav</c>.</summary>
    public string FileStem => Operation switch
    {
        OperationKind.Stems => $"song-{TaskId}-stem-{Take}",
        OperationKind.Wav => $"song-{TaskId}-wav",
        _ => $"song-{TaskId}-take-{Take}",
    };
}
