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

    Task<IReadOnlyList<GenerationTask>> ListUnfinishedAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<GenerationTask>> ListHistoryAsync(UserRef user, int limit, CancellationToken cancellationToken);

    /// <summary>The newest tasks whose state is one of <paramref name="states"/> (all states when empty); for operators.</summary>
    Task<IReadOnlyList<GenerationTask>> ListRecentAsync(IReadOnlyCollection<TaskState> states, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<ProviderTrack>> GetTracksAsync(long taskId, CancellationToken cancellationToken);

    /// <summary>1-based position among the provider's queued tasks, or 0 when the task is not queued.</summary>
    Task<int> GetQueuePositionAsync(long taskId, CancellationToken cancellationToken);

    /// <summary>Applies one step; false when the task was no longer in <see cref="TaskUpdate.ExpectedState"/>.</summary>
    Task<bool> ApplyAsync(TaskUpdate update, CancellationToken cancellationToken);
}
