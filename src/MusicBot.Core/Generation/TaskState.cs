namespace MusicBot.Core.Generation;

/// <summary>
/// The life of a generation task. It only moves forward:
/// queued → submitted → text ready → first track ready → succeeded | failed | timed out
/// (stages may be skipped; failure and time-out can happen from any unfinished state).
/// </summary>
public enum TaskState
{
    Queued = 0,
    Submitted = 1,
    TextReady = 2,
    FirstTrackReady = 3,
    Succeeded = 4,
    Failed = 5,
    TimedOut = 6,
}
