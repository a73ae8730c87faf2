namespace MusicBot.Core.Generation;

/// <summary>
/// The life of a generation task. It only moves forward:
/// queued → submitted → text ready → first track ready → succeeded | failed | timed out
/// (stages may be skipped; failure and time-out can happen from any unfinished state).
/// Just before a submit is sent the task is marked <see cref="SubmitUnknown"/>. The provider's answer moves it on:
/// accepted → submitted; certainly refused for now (rate limit, maintenance) → back to queued for a later try;
/// refused → failed. When no answer comes (a time-out after sending, a crash) it stays there: it is never sent
/// again, only reconciled (a callback naming it moves it to submitted, or straight to its end) or refunded.
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
    SubmitUnknown = 7,
}
