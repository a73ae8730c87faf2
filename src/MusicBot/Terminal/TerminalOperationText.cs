using System.Globalization;
using MusicBot.Core.Operations;

namespace MusicBot.Terminal;

/// <summary>How the terminal names an operation in its messages: what is being done, and what came of it.</summary>
internal static class TerminalOperationText
{
    /// <summary>What the queued task does, e.g. "extending song #12, track 2".</summary>
    public static string Doing(TrackOperation operation)
    {
        var source = $"song #{operation.SourceTaskId}, track {operation.SourceTrackIndex}";
        return operation.Kind switch
        {
            OperationKind.Extend when operation.ContinueAtSeconds is { } at =>
                string.Create(CultureInfo.InvariantCulture, $"extending {source} from {at:0.#} s"),
            OperationKind.Extend => $"extending {source}",
            OperationKind.AddVocals => $"adding vocals to {source}",
            OperationKind.AddInstrumental => $"adding an accompaniment to {source}",
            OperationKind.Wav => $"converting {source} to WAV",
            OperationKind.Stems => $"splitting {source} into stems",
            OperationKind.Lyrics => "writing lyrics",
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation.Kind, null),
        };
    }

    /// <summary>The headline of a finished task: "done", "extended", "stems ready"...</summary>
    public static string Done(OperationKind? kind) => kind switch
    {
        null => "done",
        OperationKind.Extend => "extended",
        OperationKind.AddVocals => "vocals added",
        OperationKind.AddInstrumental => "accompaniment added",
        OperationKind.Wav => "WAV ready",
        OperationKind.Stems => "stems ready",
        OperationKind.Lyrics => "lyrics written",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>What one delivered item is called: a track, a stem, a WAV file, a lyrics variant.</summary>
    public static string Item(OperationKind? kind) => kind switch
    {
        OperationKind.Stems => "stem",
        OperationKind.Wav => "WAV",
        OperationKind.Lyrics => "lyrics",
        _ => "track",
    };

    public static string Items(OperationKind? kind, int count) => kind switch
    {
        OperationKind.Stems => count == 1 ? "1 stem" : $"{count} stems",
        OperationKind.Wav => count == 1 ? "1 file" : $"{count} files",
        OperationKind.Lyrics => count == 1 ? "1 variant" : $"{count} variants",
        _ => count == 1 ? "1 track" : $"{count} tracks",
    };
}
