namespace MusicBot.Telegram.Updates;

/// <summary>
/// Wakes the webhook worker when the endpoint has queued an update. The queue itself is the update log; this is
/// only the signal (a restart, or a missed signal, is covered by the worker's periodic sweep).
/// </summary>
public sealed class WebhookInbox
{
    private TaskCompletionSource _arrived = New();

    /// <summary>Completes at the next <see cref="Notify"/>; take it before looking at the queue, so no arrival is missed.</summary>
    public Task Arrived => Volatile.Read(ref _arrived).Task;

    public void Notify() => Interlocked.Exchange(ref _arrived, New()).TrySetResult();

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
