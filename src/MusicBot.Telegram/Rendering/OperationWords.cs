using System.Globalization;
using MusicBot.Core.Operations;

namespace MusicBot.Telegram.Rendering;

/// <summary>
/// How the messages of a task name what it does. A plain song (no operation) reads as before; an operation says
/// "extended", "converted to WAV", "split into stems", so the user can tell its messages from a new song's.
/// </summary>
internal static class OperationWords
{
    /// <summary>The first text of a progress message, before the task exists.</summary>
    public static string Sending(OperationKind? kind) => kind is { } operation
        ? $"⏳ Sending your request to the music service: {Activity(operation)}…"
        : "⏳ Sending your draft to the music service…";

    /// <summary>What the task is doing, as HTML after a colon: "extending song #3, take 2" (a lyrics topic is escaped).</summary>
    public static string Doing(TrackOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var source = operation.SourceTaskId is { } id
            ? string.Create(CultureInfo.InvariantCulture, $"song #{id}{(operation.SourceTrackIndex is { } take ? $", take {take}" : "")}")
            : "your song";
        return operation.Kind switch
        {
            OperationKind.Extend => $"extending {source}",
            OperationKind.AddVocals => $"adding vocals to {source}",
            OperationKind.AddInstrumental => $"adding an instrumental to {source}",
            OperationKind.Wav => $"converting {source} to WAV",
            OperationKind.Stems => $"splitting {source} into stems",
            OperationKind.Lyrics => $"writing lyrics about “{Html.Text(operation.Prompt, 100)}”",
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation.Kind, null),
        };
    }

    /// <summary>The verb of the progress message's last state and what came of it: "extended: 2 tracks".</summary>
    public static string Done(OperationKind? kind, int count) => kind switch
    {
        null => $"done: {Count(count, "track")}",
        OperationKind.Extend => $"extended: {Count(count, "track")}",
        OperationKind.AddVocals => $"vocals added: {Count(count, "track")}",
        OperationKind.AddInstrumental => $"instrumental added: {Count(count, "track")}",
        OperationKind.Wav => $"converted to WAV: {Count(count, "file")}",
        OperationKind.Stems => $"split into stems: {Count(count, "stem")}",
        OperationKind.Lyrics => $"lyrics written: {Count(count, "version")}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>What an operation is busy with ("extending"); null for a new song, whose messages name their stages instead.</summary>
    public static string? Activity(OperationKind? kind) => kind switch
    {
        null => null,
        OperationKind.Extend => "extending",
        OperationKind.AddVocals => "adding vocals",
        OperationKind.AddInstrumental => "adding an instrumental",
        OperationKind.Wav => "converting to WAV",
        OperationKind.Stems => "splitting into stems",
        OperationKind.Lyrics => "writing lyrics",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The small print under a delivered file: which task and which take, stem or format it is.</summary>
    public static string Part(long taskId, int index, OperationKind? kind) => kind switch
    {
        OperationKind.Wav => $"Song #{taskId}, WAV (lossless)",
        OperationKind.Stems => $"Song #{taskId}, stem {index}",
        OperationKind.Extend => $"Song #{taskId}, take {index} (extended)",
        OperationKind.AddVocals => $"Song #{taskId}, take {index} (vocals added)",
        OperationKind.AddInstrumental => $"Song #{taskId}, take {index} (instrumental added)",
        _ => $"Song #{taskId}, take {index}",
    };

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
