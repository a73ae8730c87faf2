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

    Task<SubmitOutcome> SubmitAsync(GenerationRequest request, string correlationId, CancellationToken cancellationToken);

    Task<ProviderProgress> GetProgressAsync(string providerTaskId, CancellationToken cancellationToken);
}
