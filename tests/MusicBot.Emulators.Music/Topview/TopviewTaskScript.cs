using MusicBot.Emulators.Music.Common;

namespace MusicBot.Emulators.Music.Topview;

/// <summary>How the next AI-music task behaves. The default: init → running → success with one output.</summary>
public sealed record TopviewTaskScript
{
    public string? FailMessage { get; init; }

    public CallbackFault Callbacks { get; init; } = CallbackFault.None;

    /// <summary>Send the callback's <c>result</c> as a string holding the JSON (the docs show a placeholder string there).</summary>
    public bool ResultAsString { get; init; }

    public bool Hang { get; init; }
}
