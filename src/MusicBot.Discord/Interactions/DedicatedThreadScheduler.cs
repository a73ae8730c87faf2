using System.Collections.Concurrent;

namespace MusicBot.Discord.Interactions;

/// <summary>
/// Runs interaction handlers on a few threads of their own. Their database calls block a thread (SQLite's async API is
/// synchronous underneath); on the shared thread pool a burst of them would starve the timers and HTTP continuations
/// that acknowledge interactions within Discord's 3 seconds. Continuations of handler code come back here, since
/// <c>await</c> resumes on the current task scheduler.
/// </summary>
internal sealed class DedicatedThreadScheduler : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread[] _threads;

    public DedicatedThreadScheduler(int threadCount, string name)
    {
        _threads = [.. Enumerable.Range(0, threadCount).Select(i => new Thread(Run) { IsBackground = true, Name = $"{name}-{i}" })];
        foreach (var thread in _threads)
        {
            thread.Start();
        }
    }

    public override int MaximumConcurrencyLevel => _threads.Length;

    public void Dispose()
    {
        _queue.CompleteAdding();
        _queue.Dispose();
    }

    protected override void QueueTask(Task task) => _queue.Add(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        _threads.Contains(Thread.CurrentThread) && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => [.. _queue];

    private void Run()
    {
        try
        {
            foreach (var task in _queue.GetConsumingEnumerable())
            {
                TryExecuteTask(task);
            }
        }
        catch (ObjectDisposedException)
        {
            // Disposed at shutdown while waiting for work: nothing is left to run.
        }
    }
}
