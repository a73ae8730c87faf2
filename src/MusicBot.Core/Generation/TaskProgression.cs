using MusicBot.Core.Delivery;
using MusicBot.Core.Providers;

namespace MusicBot.Core.Generation;

/// <summary>
/// The task state machine: turns what a provider reports into the next <see cref="TaskUpdate"/>. Pure, so the
/// same rules serve polls, callbacks and tests. Reports that do not move a task forward (a duplicate or
/// out-of-order callback) produce no update.
/// </summary>
public static class TaskProgression
{
    public static TaskUpdate Submitted(GenerationTask task, string providerTaskId, DateTimeOffset now, DateTimeOffset nextPollAt) => new()
    {
        TaskId = task.Id,
        ExpectedState = TaskState.Queued,
        NewState = TaskState.Submitted,
        Now = now,
        ProviderTaskId = providerTaskId,
        NextPollAt = nextPollAt,
    };

    public static TaskUpdate Failed(GenerationTask task, TaskState finalState, string userMessage, DateTimeOffset now) => new()
    {
        TaskId = task.Id,
        ExpectedState = task.State,
        NewState = finalState,
        Now = now,
        FailureReason = userMessage,
        Settlement = CreditSettlement.Refund,
        Notices = [Notice.Failed(task.Request.Title, userMessage, task.Price)],
    };

    /// <summary>The next step for <paramref name="progress"/>, or null when it changes nothing but the next poll time.</summary>
    public static TaskUpdate? Advance(GenerationTask task, ProviderProgress progress, DateTimeOffset now, DateTimeOffset nextPollAt)
    {
        if (task.State.IsFinished())
        {
            return null;
        }

        return progress.Stage switch
        {
            ProviderStage.Failed => Failed(task, TaskState.Failed, FailureText(progress.Failure), now),
            ProviderStage.Complete => Complete(task, progress, now),
            ProviderStage.FirstTrackReady when task.State < TaskState.FirstTrackReady => FirstTrack(task, progress, now, nextPollAt),
            ProviderStage.TextReady when task.State < TaskState.TextReady => Step(task, TaskState.TextReady, progress, now, nextPollAt,
                Notice.LyricsReady(task.Request.Title)),
            _ => null,
        };
    }

    private static TaskUpdate Complete(GenerationTask task, ProviderProgress progress, DateTimeOffset now)
    {
        var playable = progress.Tracks.Where(t => t.HasAudio).OrderBy(t => t.Index).ToList();
        if (playable.Count == 0)
        {
            return Failed(task, TaskState.Failed, "The provider finished without any audio.", now);
        }

        var title = playable[0].Title ?? task.Request.Title;
        var notices = playable.Select(Notice.ForTrack).Append(Notice.Completed(title, task.Price, playable.Count)).ToList();
        return new TaskUpdate
        {
            TaskId = task.Id,
            ExpectedState = task.State,
            NewState = TaskState.Succeeded,
            Now = now,
            Tracks = progress.Tracks,
            Notices = notices,
            Settlement = CreditSettlement.Capture,
        };
    }

    private static TaskUpdate FirstTrack(GenerationTask task, ProviderProgress progress, DateTimeOffset now, DateTimeOffset nextPollAt)
    {
        var first = progress.Tracks.OrderBy(t => t.Index).FirstOrDefault(t => t.StreamUrl is not null || t.HasAudio);
        var notice = Notice.FirstTrackReady(first?.Title ?? task.Request.Title, first?.StreamUrl ?? first?.AudioUrl);
        return Step(task, TaskState.FirstTrackReady, progress, now, nextPollAt, notice);
    }

    private static TaskUpdate Step(GenerationTask task, TaskState state, ProviderProgress progress, DateTimeOffset now, DateTimeOffset nextPollAt, Notice notice) => new()
    {
        TaskId = task.Id,
        ExpectedState = task.State,
        NewState = state,
        Now = now,
        NextPollAt = nextPollAt,
        Tracks = progress.Tracks,
        Notices = [notice],
    };

    private static string FailureText(ProviderFailure? failure) =>
        failure?.UserMessage ?? "The provider could not make this song.";
}
