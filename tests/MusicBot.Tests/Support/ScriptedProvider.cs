using System.Collections.Concurrent;
using MusicBot.Core.Failures;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;

namespace MusicBot.Tests.Support;

/// <summary>
/// A provider whose answers a test sets per task: it stands in for the offline provider under the name
/// <c>local</c> so the pipeline can be driven into states the real renderer never reaches (hangs, rejections).
/// </summary>
public sealed class ScriptedProvider : IMusicProvider
{
    private readonly ConcurrentDictionary<string, ProviderProgress> _progress = new();
    private readonly ConcurrentDictionary<string, GenerationRequest> _requests = new();
    private int _count;

    public string Name => ProviderNames.Local;

    public TimeSpan PollInterval => TimeSpan.FromMilliseconds(20);

    /// <summary>The operations this stand-in offers; a test removes some to see the refusal.</summary>
    public HashSet<OperationKind> Supported { get; } = [.. Enum.GetValues<OperationKind>()];

    public IReadOnlySet<OperationKind> Operations => Supported;

    public ProviderFailure? RejectSubmitsWith { get; set; }

    /// <summary>The request each submit carried, by provider task id.</summary>
    public IReadOnlyDictionary<string, GenerationRequest> Requests => _requests;

    public IReadOnlyCollection<string> Submitted => [.. _progress.Keys];

    public Task<SubmitOutcome> SubmitAsync(GenerationRequest request, string correlationId, CancellationToken cancellationToken)
    {
        if (RejectSubmitsWith is { } failure)
        {
            return Task.FromResult(SubmitOutcome.Rejected(failure));
        }

        var id = $"scripted-{Interlocked.Increment(ref _count)}";
        _requests[id] = request;
        _progress[id] = ProviderProgress.Pending;
        return Task.FromResult(SubmitOutcome.Accepted(id));
    }

    public Task<ProviderProgress> GetProgressAsync(string providerTaskId, GenerationRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(_progress.GetValueOrDefault(providerTaskId, ProviderProgress.Failed(new ProviderFailure("unknown", new TaskFailure.UnknownTask(Name)))));

    public void Complete(string providerTaskId) => _progress[providerTaskId] = new ProviderProgress(
        ProviderStage.Complete,
        [
            new ProviderTrack { Index = 1, ProviderTrackId = $"{providerTaskId}-clip-1", Title = "One", AudioUrl = "https://cdn.example/1.mp3", DurationSeconds = 30 },
            new ProviderTrack { Index = 2, ProviderTrackId = $"{providerTaskId}-clip-2", Title = "Two", AudioUrl = "https://cdn.example/2.mp3", DurationSeconds = 31 },
        ]);

    public void CompleteWith(string providerTaskId, params ProviderTrack[] tracks) =>
        _progress[providerTaskId] = new ProviderProgress(ProviderStage.Complete, tracks);
}
