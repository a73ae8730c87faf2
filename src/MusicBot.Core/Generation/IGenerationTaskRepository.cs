using MusicBot.Core.Conversations;
using MusicBot.Core.Providers;

namespace MusicBot.Core.Generation;

/// <summary>Durable task state: the source of truth that survives restarts.</summary>
public interface IGenerationTaskRepository
{
    /// <summary>
    /// Creates the task and reserves its price atomically: refuses a duplicate request key, a user at their
    /// in-flight cap, or a balance below the price, and in those cases changes nothing.
    /// </summary>
    Task<CreateTaskResult> CreateAsync(NewGenerationTask task, CancellationToken cancellationToken);

    Task<GenerationTask?> GetAsync(long taskId, CancellationToken cancellationToken);

    Task<GenerationTask?> FindByProviderTaskIdAsync(string provider, string providerTaskId, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> tasks at a provider whose next poll (or reconciliation) is due at
    /// <paramref name="now"/>, most overdue first. A pass works on this bounded batch, never on every unfinished task.
    /// </summary>
    Task<IReadOnlyList<GenerationTask>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> of the provider's queued tasks that may be sent now, oldest first.</summary>
    Task<IReadOnlyList<GenerationTask>> ListQueuedAsync(string provider, DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> queued tasks created before <paramref name="createdBefore"/>, oldest first.</summary>
    Task<IReadOnlyList<GenerationTask>> ListQueuedCreatedBeforeAsync(DateTimeOffset createdBefore, int limit, CancellationToken cancellationToken);

    /// <summary>Queued tasks for a provider not in <paramref name="providers"/> (one removed from the configuration).</summary>
    Task<IReadOnlyList<GenerationTask>> ListQueuedForOtherProvidersAsync(IReadOnlyCollection<string> providers, int limit, CancellationToken cancellationToken);

    /// <summary>Tasks sent to <paramref name="provider"/> and not finished: what counts against its concurrency.</summary>
    Task<int> CountAtProviderAsync(string provider, CancellationToken cancellationToken);

    /// <summary>Unfinished tasks of one platform's users.</summary>
    Task<int> CountUnfinishedAsync(string platform, CancellationToken cancellationToken);

    Task<IReadOnlyList<GenerationTask>> ListHistoryAsync(UserRef user, int limit, CancellationToken cancellationToken);

    /// <summary>The newest tasks whose state is one of <paramref name="states"/> (all states when empty); for operators.</summary>
    Task<IReadOnlyList<GenerationTask>> ListRecentAsync(IReadOnlyCollection<TaskState> states, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<ProviderTrack>> GetTracksAsync(long taskId, CancellationToken cancellationToken);

    /// <summary>1-based position among the provider's queued tasks, or 0 when the task is not queued.</summary>
    Task<int> GetQueuePositionAsync(long taskId, CancellationToken cancellationToken);

    /// <summary>Applies one step; false when the task was no longer in <see cref="TaskUpdate.ExpectedState"/>.</summary>
    Task<bool> ApplyAsync(TaskUpdate update, CancellationToken cancellationToken);
}
