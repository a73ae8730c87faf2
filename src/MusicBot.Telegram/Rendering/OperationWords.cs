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
    public static string Sending(Words words, OperationKind? kind) => kind is { } operation
        ? "⏳ " + words.Html("telegram.sending.operation", ("activity", words.Phrases.Activity(operation)))
        : "⏳ " + words.Html("telegram.sending.song");

    /// <summary>The verb of the progress message's last state and what came of it: "extended: 2 tracks".</summary>
    public static string Done(Words words, OperationKind? kind, int count) => $"{words.Phrases.Result(kind)}: {words.Phrases.Items(kind, count)}";

    /// <summary>What an operation is busy with ("extending"); null for a new song, whose messages name their stages instead.</summary>
    public static string? Activity(Words words, OperationKind? kind) => kind is { } operation ? words.Phrases.Activity(operation) : null;

    /// <summary>The small print under a delivered file: which task and which take, stem or format it is.</summary>
    public static string Part(Words words, long taskId, int take, OperationKind? kind)
    {
        var key = kind switch
        {
            OperationKind.Wav => "telegram.part.wav",
            OperationKind.Stems => "telegram.part.stem",
            OperationKind.Extend => "telegram.part.extended",
            OperationKind.AddVocals => "telegram.part.vocals-added",
            OperationKind.AddInstrumental => "telegram.part.instrumental-added",
            _ => "telegram.part.take",
        };
        return words.Html(key, ("song", Phrases.Number(taskId)), ("take", take));
    }
}
