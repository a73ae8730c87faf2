using MusicBot.Core.Operations;

namespace MusicBot.Core.Providers;

/// <summary>
/// An asynchronous music-generation service: submit a request, receive a task id, then follow the task
/// through its stages. Remote APIs and the built-in offline synthesizer implement the same port.
/// </summary>
public interface IMusicProvider
{
    string Name { get; }

    /// <summary>How often a task of this provider is worth polling while no callback has arrived.</summary>
    TimeSpan PollInterval { get; }

    /// <summary>The provider's request budget shared by every task (polls and submits); null means unlimited.</summary>
    RequestBudget? RequestBudget => null;

    /// <summary>
    /// True when the provider reports stages to the bot's callback endpoint. Only then can a submit whose answer
    /// was lost be reconciled (a callback names the task); without callbacks such a task is refunded at once.
    /// </summary>
    bool ReportsByCallback => false;

    /// <summary>
    /// The operations this provider can run (<see cref="GenerationRequest.Operation"/>); a request for any other is
    /// never submitted. Empty for a provider that only makes new songs.
    /// </summary>
    IReadOnlySet<OperationKind> Operations => NoOperations;

    static IReadOnlySet<OperationKind> NoOperations { get; } = new HashSet<OperationKind>();

    /// <summary>
    /// Sends the request once. <paramref name="correlationId"/> identifies the bot's task; remote providers put it in
    /// their callback address so a callback can be matched even when the submit's answer was lost.
    /// </summary>
    Task<SubmitOutcome> SubmitAsync(GenerationRequest request, string correlationId, CancellationToken cancellationToken);

    /// <summary>
    /// Where the task stands. <paramref name="request"/> is the one that was submitted: an operation's task is
    /// looked up where that kind of task lives (sunoapi keeps WAV, stems and lyrics tasks apart from music).
    /// </summary>
    Task<ProviderProgress> GetProgressAsync(string providerTaskId, GenerationRequest request, CancellationToken cancellationToken);
}
