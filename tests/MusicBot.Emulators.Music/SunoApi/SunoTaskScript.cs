using MusicBot.Emulators.Music.Common;

namespace MusicBot.Emulators.Music.SunoApi;

/// <summary>
/// How the next task behaves. The default walks a music task PENDING → TEXT_SUCCESS → FIRST_SUCCESS → SUCCESS, and a
/// lyrics, WAV or stems task PENDING → SUCCESS; only the failure fields and <see cref="Hang"/> apply to the latter.
/// </summary>
public sealed record SunoTaskScript
{
    /// <summary>
    /// End in this status instead, with an error callback: CREATE_TASK_FAILED, GENERATE_AUDIO_FAILED, SENSITIVE_WORD_ERROR;
    /// GENERATE_LYRICS_FAILED for lyrics, GENERATE_WAV_FAILED for WAV.
    /// </summary>
    public string? FailStatus { get; init; }

    /// <summary>The error callback's code (400, 451, 500, 501, 531…).</summary>
    public int FailCode { get; init; } = 501;

    public string FailMessage { get; init; } = "Audio generation failed.";

    /// <summary>Skip text and first: the docs say sometimes only <c>complete</c> arrives.</summary>
    public bool StraightToComplete { get; init; }

    public CallbackFault Callbacks { get; init; } = CallbackFault.None;

    /// <summary>Real-traffic shapes: epoch-ms times, both tracks at <c>first</c> with an empty second <c>audio_url</c>.</summary>
    public bool? RealShapes { get; init; }

    /// <summary>Never finishes (for time-out tests).</summary>
    public bool Hang { get; init; }
}
