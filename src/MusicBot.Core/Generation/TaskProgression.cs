using MusicBot.Core.Delivery;
using MusicBot.Core.Failures;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Core.UserText;

namespace MusicBot.Core.Generation;

/// <summary>
/// The task state machine: turns what a provider reports into the next <see cref="TaskUpdate"/>. Pure, so the
/// same rules serve polls, callbacks and tests. Reports that do not move a task forward (a duplicate or
/// out-of-order callback) produce no update.
/// </summary>
public static class TaskProgression
{
    /// <summary>
    /// The provider accepted the submit (from the sending marker), or a callback revealed the provider's task id of a
    /// submit whose answer was lost (adoption).
    /// </summary>
    public static TaskUpdate Submitted(GenerationTask task, string providerTaskId, DateTimeOffset now, DateTimeOffset nextPollAt)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.State is not (TaskState.Queued or TaskState.SubmitUnknown))
        {
            throw new ArgumentException($"Task {task.Id} is {task.State}; only a queued or sending task can be submitted.", nameof(task));
        }

        return new TaskUpdate
        {
            TaskId = task.Id,
            ExpectedState = task.State,
            NewState = TaskState.Submitted,
            Now = now,
            ProviderTaskId = providerTaskId,
            NextPollAt = nextPollAt,
        };
    }

    /// <summary>
    /// Written before the request leaves: if the answer is lost (a time-out, a crash) the task is found in
    /// <see cref="TaskState.SubmitUnknown"/> and reconciled at <paramref name="reconcileAt"/>, never sent a second time.
    /// </summary>
    public static TaskUpdate Sending(GenerationTask task, DateTimeOffset now, DateTimeOffset reconcileAt) => new()
    {
        TaskId = task.Id,
        ExpectedState = TaskState.Queued,
        NewState = TaskState.SubmitUnknown,
        Now = now,
        NextPollAt = reconcileAt,
        CountsSubmitAttempt = true,
    };

    /// <summary>The provider certainly refused for now (rate limit, maintenance): back to the queue until <paramref name="retryAt"/>.</summary>
    public static TaskUpdate Deferred(GenerationTask task, DateTimeOffset now, DateTimeOffset retryAt) => new()
    {
        TaskId = task.Id,
        ExpectedState = TaskState.SubmitUnknown,
        NewState = TaskState.Queued,
        Now = now,
        NextPollAt = retryAt,
    };

    public static TaskUpdate Failed(GenerationTask task, TaskState finalState, TaskFailure failure, DateTimeOffset now) => new()
    {
        TaskId = task.Id,
        ExpectedState = task.State,
        NewState = finalState,
        Now = now,
        Failure = failure,
        Settlement = CreditSettlement.Refund,
        Notices = [new Notice.Failed { Title = task.Request.Title, Failure = failure, Credits = task.Price }],
    };

    /// <summary>The next step for <paramref name="progress"/>, or null when it changes nothing but the next poll time.</summary>
    public static TaskUpdate? Advance(GenerationTask task, ProviderProgress progress, DateTimeOffset now, DateTimeOffset nextPollAt)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(progress);
        // A queued task was never sent, so no report can be about it. An unconfirmed submit only accepts a report
        // that ends it: intermediate stages wait until the provider's task id is known (adoption).
        if (task.State.IsFinished() || task.State == TaskState.Queued
            || (task.State == TaskState.SubmitUnknown && progress.Stage is not (ProviderStage.Complete or ProviderStage.Failed)))
        {
            return null;
        }

        var update = progress.Stage switch
        {
            ProviderStage.Failed => Failed(task, TaskState.Failed, progress.Failure?.Reason ?? new TaskFailure.NoReason(), now),
            ProviderStage.Complete => Complete(task, progress, now),
            ProviderStage.FirstTrackReady when !task.State.HasReached(TaskState.FirstTrackReady) => FirstTrack(task, progress, now, nextPollAt),
            ProviderStage.TextReady when !task.State.HasReached(TaskState.TextReady) => Step(task, TaskState.TextReady, progress, now, nextPollAt,
                new Notice.LyricsReady { Title = task.Request.Title }),
            _ => null,
        };
        return update is null || task.Request.OperationKind is not { } kind
            ? update
            : update with { Notices = [.. update.Notices.Select(n => n with { Operation = kind })] };
    }

    /// <summary>The lyrics variant an AI-lyrics task writes into the user's draft: the first one with text.</summary>
    public static ProviderTrack? ChosenLyrics(IEnumerable<ProviderTrack> variants) =>
        variants.OrderBy(t => t.Index).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.Lyrics));

    private static TaskUpdate Complete(GenerationTask task, ProviderProgress progress, DateTimeOffset now)
    {
        if (task.Request.OperationKind == OperationKind.Lyrics)
        {
            return CompleteLyrics(task, progress, now);
        }

        // Some providers (Topview) name no track: its notice carries the request's title, else its style. The stored
        // track keeps what the provider said, so a title learned at an earlier stage is not overwritten.
        var fallback = task.Request.Title ?? (TextValues.Clean(task.Request.Style) is { } style ? TextValues.Shorten(style, FallbackTitleLength) : null);
        var playable = progress.Tracks
            .Where(t => t.HasAudio)
            .OrderBy(t => t.Index)
            .Select(t => task.Request.OperationKind == OperationKind.Stems && fallback is not null ? t with { Title = StemTitle(fallback, t.Title) } : t)
            .Select(t => string.IsNullOrWhiteSpace(t.Title) ? t with { Title = fallback } : t)
            .ToList();
        if (playable.Count == 0)
        {
            return Failed(task, TaskState.Failed, new TaskFailure.NoAudio(), now);
        }

        var title = playable[0].Title ?? task.Request.Title;
        var notices = playable
            .Select((t, i) => (Notice)new Notice.TrackReady { Track = t, Take = i + 1, Title = t.Title })
            .Append(new Notice.Completed { Title = title, Credits = task.Price, TrackCount = playable.Count })
            .ToList();
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

    private static TaskUpdate CompleteLyrics(GenerationTask task, ProviderProgress progress, DateTimeOffset now)
    {
        var variants = progress.Tracks.Where(t => !string.IsNullOrWhiteSpace(t.Lyrics)).OrderBy(t => t.Index).ToList();
        if (variants.Count == 0)
        {
            return Failed(task, TaskState.Failed, new TaskFailure.NoLyrics(), now);
        }

        var chosen = ChosenLyrics(variants);
        var notices = variants
            .Select(v => string.IsNullOrWhiteSpace(v.Title) ? v with { Title = task.Request.Title } : v)
            .Select((v, i) => (Notice)new Notice.LyricsVersion { Track = v, Title = v.Title, SavedToDraft = ReferenceEquals(variants[i], chosen) })
            .Append(new Notice.Completed { Title = chosen?.Title ?? task.Request.Title, Credits = task.Price, TrackCount = variants.Count })
            .ToList();
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

    /// <summary>A title made from the style when the request has none is cut to this length.</summary>
    private const int FallbackTitleLength = 60;

    /// <summary>A stem is named after its song and the provider's name for the stem: "Night Drive (vocals)".</summary>
    private static string StemTitle(string song, string? stem) =>
        string.IsNullOrWhiteSpace(stem) ? song : $"{song} ({stem.Trim().ToLowerInvariant()})";

    private static TaskUpdate FirstTrack(GenerationTask task, ProviderProgress progress, DateTimeOffset now, DateTimeOffset nextPollAt)
    {
        var first = progress.Tracks.OrderBy(t => t.Index).FirstOrDefault(t => t.StreamUrl is not null || t.HasAudio);
        var notice = new Notice.FirstTrackReady { Title = first?.Title ?? task.Request.Title, StreamUrl = first?.StreamUrl ?? first?.AudioUrl };
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
}
