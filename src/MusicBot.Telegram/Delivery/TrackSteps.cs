using System.Collections.Concurrent;

namespace MusicBot.Telegram.Delivery;

/// <summary>
/// A track notice takes two sends (the audio, then lyrics that did not fit the caption). If the second fails, the
/// outbox retries the notice; this remembers that the audio already went, so the retry does not post it twice.
/// In memory: after a crash in that gap the audio may be posted again, never lost.
/// </summary>
public sealed class TrackSteps
{
    private readonly ConcurrentDictionary<long, bool> _audioSent = new();

    public bool IsAudioSent(long deliveryId) => _audioSent.ContainsKey(deliveryId);

    public void AudioSent(long deliveryId) => _audioSent[deliveryId] = true;

    public void Forget(long deliveryId) => _audioSent.TryRemove(deliveryId, out _);
}
