using MusicBot.Core.Operations;
using MusicBot.Messages;

namespace MusicBot.Telegram.Rendering;

/// <summary>
/// How the messages of a task name what it does. A plain song (no operation) reads as before; an operation says
/// "extended", "converted to WAV", "split into stems", so the user can tell its messages from a new song's.
/// </summary>
internal static class OperationWords
{
    /// <summary>The first text of a progress message, before the task exists.</summary>
    public static string Sending(OperationKind? kind) => kind is { } operation
        ? $"⏳ Sending your request to the music service: {Words.Phrases.Activity(operation)}…"
        : "⏳ Sending your draft to the music service…";

    /// <summary>What the task is doing, as HTML after a colon: "extending song #3, take 2" (a lyrics topic is escaped).</summary>
    public static string Doing(TrackOperation operation) => Html.Escape(Words.Phrases.Doing(operation));

    /// <summary>The verb of the progress message's last state and what came of it: "extended: 2 tracks".</summary>
    public static string Done(OperationKind? kind, int count) => $"{Words.Phrases.Result(kind)}: {Words.Phrases.Items(kind, count)}";

    /// <summary>What an operation is busy with ("extending"); null for a new song, whose messages name their stages instead.</summary>
    public static string? Activity(OperationKind? kind) => kind is { } operation ? Words.Phrases.Activity(operation) : null;

    /// <summary>The small print under a delivered file: which task and which take, stem or format it is.</summary>
    public static string Part(long taskId, int take, OperationKind? kind) => kind switch
    {
        OperationKind.Wav => $"Song #{taskId}, WAV (lossless)",
        OperationKind.Stems => $"Song #{taskId}, stem {take}",
        OperationKind.Extend => $"Song #{taskId}, take {take} (extended)",
        OperationKind.AddVocals => $"Song #{taskId}, take {take} (vocals added)",
        OperationKind.AddInstrumental => $"Song #{taskId}, take {take} (instrumental added)",
        _ => $"Song #{taskId}, take {take}",
    };
}
