using System.Collections.Concurrent;
using MusicBot.Core.Failures;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;

namespace MusicBot.Telegram.Tests.Support;

/// <summary>
/// A provider as the remote APIs behave (under the name <c>sunoapi</c>, with its real rules): each poll moves a task
/// one stage on (lyrics, a first take with a streaming link, two finished MP3s with a cover and lyrics), and the
/// files live on a <see cref="MediaServer"/>. Operations answer in the shapes sunoapi documents: extend and the added
/// parts make two new takes the same way, a WAV conversion one .wav file, a stem separation an MP3 per stem (vocals,
/// instrumental), AI lyrics two titled versions and no audio. Every submitted request is kept, so a test can check
/// what the bot asked for. It stands in until the provider clients run operations; the Telegram side cannot tell the
/// difference.
/// </summary>
public sealed class RemoteStyleProvider(MediaServer media) : IMusicProvider
{
    private readonly ConcurrentDictionary<string, int> _polls = new();

    public string Name => ProviderNames.SunoApi;

    public TimeSpan PollInterval => TimeSpan.FromMilliseconds(50);

    /// <summary>What this provider offers; a test takes some away to see the bot refuse them.</summary>
    public IReadOnlySet<OperationKind> Operations { get; set; } = Enum.GetValues<OperationKind>().ToHashSet();

    /// <summary>Every request submitted, in order.</summary>
    public ConcurrentQueue<GenerationRequest> Submitted { get; } = new();

    /// <summary>Lyrics the finished tracks report; long ones do not fit a caption.</summary>
    public string Lyrics { get; set; } = "[Verse]\nNeon rain on an empty street\n[Chorus]\nWe keep the beat & the <night> alive";

    public Task<SubmitOutcome> SubmitAsync(GenerationRequest request, string correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Submitted.Enqueue(request);
        if (request.OperationKind is { } kind && !Operations.Contains(kind))
        {
            // The bot must never get here: it checks what a provider offers before it submits.
            return Task.FromResult(SubmitOutcome.Rejected(new ProviderFailure("unsupported", new TaskFailure.Unsupported(Name, kind))));
        }

        var id = $"remote-{Guid.NewGuid():N}"[..15];
        _polls[id] = 0;
        return Task.FromResult(SubmitOutcome.Accepted(id));
    }

    public Task<ProviderProgress> GetProgressAsync(string providerTaskId, GenerationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var polls = _polls.AddOrUpdate(providerTaskId, 1, (_, n) => n + 1);
        var progress = request.OperationKind switch
        {
            OperationKind.Wav => Finished(polls, [Wav(request)]),
            OperationKind.Stems => Finished(polls, [Stem(1, "Vocals"), Stem(2, "Instrumental")]),
            OperationKind.Lyrics => Finished(polls, [Written(1, request), Written(2, request)]),
            _ => Music(polls, request),
        };
        return Task.FromResult(progress);
    }

    /// <summary>A WAV, stem or lyrics task: pending on the first poll, done on the next (they have no stages).</summary>
    private static ProviderProgress Finished(int polls, IReadOnlyList<ProviderTrack> tracks) =>
        polls == 1 ? ProviderProgress.Pending : new ProviderProgress(ProviderStage.Complete, tracks);

    private ProviderProgress Music(int polls, GenerationRequest request) => polls switch
    {
        1 => new ProviderProgress(ProviderStage.TextReady, [Track(1, request, ready: false), Track(2, request, ready: false)]),
        2 => new ProviderProgress(ProviderStage.FirstTrackReady, [Track(1, request, ready: false) with { StreamUrl = $"{media.BaseUrl}/stream/1" }, Track(2, request, ready: false)]),
        _ => new ProviderProgress(ProviderStage.Complete, [Track(1, request, ready: true), Track(2, request, ready: true)]),
    };

    /// <summary>A new song's takes are "Neon Rain 1" and "Neon Rain 2"; an operation's takes keep the title it was sent.</summary>
    private ProviderTrack Track(int index, GenerationRequest request, bool ready) => new()
    {
        Index = index,
        ProviderTrackId = request.Operation is null ? $"t{index}" : $"{request.OperationKind!.Value.ConfigName()}-t{index}",
        Title = request.Operation is null ? $"Neon Rain {index}" : request.Title,
        Style = request.Style ?? "synthwave, female vocals",
        AudioUrl = ready ? $"{media.BaseUrl}/audio/neon-{index}.mp3" : null,
        ImageUrl = $"{media.BaseUrl}/cover.jpg",
        DurationSeconds = ready ? 187.4 + (request.OperationKind == OperationKind.Extend ? 60 : 0) : null,
        Lyrics = Lyrics,
    };

    private ProviderTrack Wav(GenerationRequest request) => new()
    {
        Index = 1,
        ProviderTrackId = request.Operation!.SourceTrackId,
        Title = request.Title,
        AudioUrl = $"{media.BaseUrl}/wav/{request.Operation.SourceTrackId}.wav",
    };

    private ProviderTrack Stem(int index, string part) => new()
    {
        Index = index,
        Title = part,
        AudioUrl = $"{media.BaseUrl}/audio/{part.ToLowerInvariant()}.mp3",
    };

    private static ProviderTrack Written(int index, GenerationRequest request) => new()
    {
        Index = index,
        Title = index == 1 ? "Rain Song" : "Rain Song (Reprise)",
        Lyrics = $"[Verse]\nVersion {index}: {request.Operation!.Prompt}\nDrops on the window & <glass>\n[Chorus]\nLet it rain",
    };
}
