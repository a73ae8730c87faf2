namespace MusicBot.Core.Generation;

/// <summary>
/// Per-task poll backoff: a task polled often while it moves, less often the longer it sits still (an eighth of
/// the time since its last progress), never faster than the provider's interval nor slower than the cap.
/// </summary>
public static class PollSchedule
{
    public static TimeSpan NextDelay(TimeSpan interval, TimeSpan max, TimeSpan sinceProgress)
    {
        var grown = sinceProgress / 8;
        var capped = grown < max ? grown : max;
        return capped > interval ? capped : interval;
    }

    /// <summary>When the task last moved forward (its latest stage time).</summary>
    public static DateTimeOffset LastProgressAt(GenerationTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.FirstTrackAt ?? task.TextReadyAt ?? task.SubmittedAt ?? task.CreatedAt;
    }
}
