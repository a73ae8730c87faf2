using MusicBot.Emulators.Music.Common;

namespace MusicBot.Emulators.Music.MusicApi;

/// <summary>How the next sonic task behaves. The default: pending → running → streaming → succeeded, two clips.</summary>
public sealed record MusicApiTaskScript
{
    /// <summary>End failed (clips in state <c>failed</c>, a <c>song.failed</c> webhook), with this message.</summary>
    public string? FailMessage { get; init; }

    public CallbackFault Callbacks { get; init; } = CallbackFault.None;

    /// <summary>Also send a webhook at the <c>streaming</c> stage (the guide lists it among the final states).</summary>
    public bool WebhookAtStreaming { get; init; }

    public bool Hang { get; init; }
}
