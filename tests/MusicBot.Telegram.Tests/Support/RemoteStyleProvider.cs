using System.Collections.Concurrent;
using MusicBot.Core.Providers;

namespace MusicBot.Telegram.Tests.Support;

/// <summary>
/// A provider as the remote APIs behave (under the name <c>sunoapi</c>, with its real rules): each poll moves a task
/// one stage on (lyrics, a first take with a streaming link, two finished MP3s with a cover and lyrics), and the
/// files live on a <see cref="MediaServer"/>. It stands in until the provider clients land; the Telegram side cannot
/// tell the difference.
/// </summary>
public sealed class RemoteStyleProvider(MediaServer media) : IMusicProvider
{
    private readonly ConcurrentDictionary<string, int> _polls = new();

    public string Name => ProviderNames.SunoApi;

    public TimeSpan PollInterval => TimeSpan.FromMilliseconds(50);

    /// <summary>Lyrics the finished tracks report; long ones do not fit a caption.</summary>
    public string Lyrics { get; set; } = "[Verse]\nNeon rain on an empty street\n[Chorus]\nWe keep the beat & the <night> alive";

    public Task<SubmitOutcome> SubmitAsync(GenerationRequest request, string correlationId, CancellationToken cancellationToken)
    {
        var id = $"remote-{Guid.NewGuid():N}"[..15];
        _polls[id] = 0;
        return Task.FromResult(SubmitOutcome.Accepted(id));
    }

    public Task<ProviderProgress> GetProgressAsync(string providerTaskId, GenerationRequest request, CancellationToken cancellationToken)
    {
        var polls = _polls.AddOrUpdate(providerTaskId, 1, (_, n) => n + 1);
        var progress = polls switch
        {
            1 => new ProviderProgress(ProviderStage.TextReady, [Track(1, ready: false), Track(2, ready: false)]),
            2 => new ProviderProgress(ProviderStage.FirstTrackReady, [Track(1, ready: false) with { StreamUrl = $"{media.BaseUrl}/stream/1" }, Track(2, ready: false)]),
            _ => new ProviderProgress(ProviderStage.Complete, [Track(1, ready: true), Track(2, ready: true)]),
        };
        return Task.FromResult(progress);
    }

    private ProviderTrack Track(int index, bool ready) => new()
    {
        Index = index,
        ProviderTrackId = $"t{index}",
        Title = $"Neon Rain {index}",
        Style = "synthwave, female vocals",
        AudioUrl = ready ? $"{media.BaseUrl}/audio/neon-{index}.mp3" : null,
        ImageUrl = $"{media.BaseUrl}/cover.jpg",
        DurationSeconds = ready ? 187.4 : null,
        Lyrics = Lyrics,
    };
}
