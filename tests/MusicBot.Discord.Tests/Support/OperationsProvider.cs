using System.Collections.Concurrent;
using System.Globalization;
using MusicBot.Core.Failures;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;

namespace MusicBot.Discord.Tests.Support;

/// <summary>
/// A remote-style provider that can run operations, under the name <c>sunoapi</c> so Core applies that provider's real
/// rules; it stands in until the sunoapi client's operations land, and the Discord side cannot tell the difference.
/// It records every request it is sent, moves each task one stage per poll, and finishes with what the operation
/// makes: two takes for a song, an extension or added parts; one WAV file; one file per stem; two lyrics variants.
/// Audio is real bytes served over HTTP by <paramref name="host"/> (the emulator's CDN route), so the bot downloads
/// and uploads them as it would a provider's files.
/// </summary>
public sealed class OperationsProvider(IReadOnlySet<OperationKind> operations, Func<string, string, byte[], string> host) : IMusicProvider
{
    public static readonly IReadOnlySet<OperationKind> Everything = new HashSet<OperationKind>(Enum.GetValues<OperationKind>());

    private readonly ConcurrentDictionary<string, int> _polls = new();
    private readonly ConcurrentQueue<GenerationRequest> _requests = new();
    private int _count;

    public string Name => ProviderNames.SunoApi;

    public TimeSpan PollInterval => TimeSpan.FromMilliseconds(20);

    public IReadOnlySet<OperationKind> Operations => operations;

    /// <summary>Every request submitted, in order.</summary>
    public IReadOnlyList<GenerationRequest> Requests => [.. _requests];

    /// <summary>Size of each audio file; raise it above the upload limit to see links instead of attachments.</summary>
    public int AudioBytes { get; set; } = 4096;

    public Task<SubmitOutcome> SubmitAsync(GenerationRequest request, string correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.OperationKind is { } kind && !operations.Contains(kind))
        {
            return Task.FromResult(SubmitOutcome.Rejected(new ProviderFailure("unsupported", new TaskFailure.Unsupported(Name, kind))));
        }

        _requests.Enqueue(request);
        var id = $"ops-{Interlocked.Increment(ref _count)}";
        _polls[id] = 0;
        return Task.FromResult(SubmitOutcome.Accepted(id));
    }

    public Task<ProviderProgress> GetProgressAsync(string providerTaskId, GenerationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_polls.TryGetValue(providerTaskId, out _))
        {
            return Task.FromResult(ProviderProgress.Failed(new ProviderFailure("unknown", new TaskFailure.UnknownTask(Name))));
        }

        var polls = _polls.AddOrUpdate(providerTaskId, 1, (_, n) => n + 1);
        return Task.FromResult(polls == 1
            ? new ProviderProgress(ProviderStage.TextReady, [])
            : new ProviderProgress(ProviderStage.Complete, Finished(providerTaskId, request)));
    }

    private ProviderTrack[] Finished(string taskId, GenerationRequest request) => request.OperationKind switch
    {
        OperationKind.Wav => [Audio(taskId, request, 1, null, ".wav", "audio/wav", request.Operation!.SourceDurationSeconds)],
        OperationKind.Stems => [Audio(taskId, request, 1, "Vocals", ".mp3", "audio/mpeg", 95), Audio(taskId, request, 2, "Instrumental", ".mp3", "audio/mpeg", 95)],
        OperationKind.Lyrics => [LyricsVariant(taskId, request, 1), LyricsVariant(taskId, request, 2)],
        OperationKind.Extend => Takes(taskId, request, (request.Operation!.ContinueAtSeconds ?? request.Operation.SourceDurationSeconds ?? 0) + 60),
        _ => Takes(taskId, request, 95),
    };

    private ProviderTrack[] Takes(string taskId, GenerationRequest request, double duration) =>
        [Audio(taskId, request, 1, request.Title, ".mp3", "audio/mpeg", duration), Audio(taskId, request, 2, request.Title, ".mp3", "audio/mpeg", duration)];

    private ProviderTrack Audio(string taskId, GenerationRequest request, int index, string? title, string extension, string contentType, double? duration)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{taskId}-{index}{extension}");
        var header = extension == ".wav" ? "RIFF"u8.ToArray() : "ID3"u8.ToArray();
        var bytes = header.Concat(Enumerable.Range(0, Math.Max(0, AudioBytes - header.Length)).Select(i => (byte)(i * 7 % 251))).ToArray();
        return new ProviderTrack
        {
            Index = index,
            ProviderTrackId = $"{taskId}-{index}",
            Title = title,
            Style = request.Style,
            AudioUrl = host(name, contentType, bytes),
            DurationSeconds = duration,
            Lyrics = request.Lyrics,
        };
    }

    private static ProviderTrack LyricsVariant(string taskId, GenerationRequest request, int index) => new()
    {
        Index = index,
        ProviderTrackId = $"{taskId}-{index}",
        Title = $"Variant {index}: {request.Operation!.Prompt}",
        Lyrics = $"[Verse]\nA song about {request.Operation.Prompt}, take {index}\n[Chorus]\nSing it loud, take {index}",
    };
}
