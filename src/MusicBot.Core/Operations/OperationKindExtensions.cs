using System.Globalization;

namespace MusicBot.Core.Operations;

public static class OperationKindExtensions
{
    /// <summary>The name used in configuration (<c>OperationPrices:stems</c>) and in messages.</summary>
    public static string ConfigName(this OperationKind kind) => kind switch
    {
        OperationKind.Extend => "extend",
        OperationKind.AddVocals => "addvocals",
        OperationKind.AddInstrumental => "addinstrumental",
        OperationKind.Wav => "wav",
        OperationKind.Stems => "stems",
        OperationKind.Lyrics => "lyrics",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The operation as a noun a user reads in a sentence ("local does not offer stem separation").</summary>
    public static string Describe(this OperationKind kind) => kind switch
    {
        OperationKind.Extend => "extending",
        OperationKind.AddVocals => "adding vocals",
        OperationKind.AddInstrumental => "adding an instrumental",
        OperationKind.Wav => "WAV conversion",
        OperationKind.Stems => "stem separation",
        OperationKind.Lyrics => "AI lyrics",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The operation as what is done, after "to" or "could not" ("could not split a song into stems").</summary>
    public static string VerbPhrase(this OperationKind kind) => kind switch
    {
        OperationKind.Extend => "extend a song",
        OperationKind.AddVocals => "add vocals to a song",
        OperationKind.AddInstrumental => "add an instrumental to a song",
        OperationKind.Wav => "convert a song to WAV",
        OperationKind.Stems => "split a song into stems",
        OperationKind.Lyrics => "write lyrics with AI",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>What the operation is busy doing, as messages say it while it runs ("splitting into stems").</summary>
    public static string Activity(this OperationKind kind) => kind switch
    {
        OperationKind.Extend => "extending",
        OperationKind.AddVocals => "adding vocals",
        OperationKind.AddInstrumental => "adding an instrumental",
        OperationKind.Wav => "converting to WAV",
        OperationKind.Stems => "splitting into stems",
        OperationKind.Lyrics => "writing lyrics",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>What the operation did, as its finished message says it ("split into stems").</summary>
    public static string Result(this OperationKind kind) => kind switch
    {
        OperationKind.Extend => "extended",
        OperationKind.AddVocals => "vocals added",
        OperationKind.AddInstrumental => "instrumental added",
        OperationKind.Wav => "converted to WAV",
        OperationKind.Stems => "split into stems",
        OperationKind.Lyrics => "lyrics written",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>What one delivered item of a task is: a track (a song, null kind), a file, a stem or a lyrics version.</summary>
    public static string ItemNoun(this OperationKind? kind) => kind switch
    {
        OperationKind.Wav => "file",
        OperationKind.Stems => "stem",
        OperationKind.Lyrics => "version",
        _ => "track",
    };

    /// <summary><paramref name="count"/> items of such a task: "1 file", "4 stems", "2 tracks".</summary>
    public static string CountOf(this OperationKind? kind, int count) =>
        count == 1 ? $"1 {kind.ItemNoun()}" : string.Create(CultureInfo.InvariantCulture, $"{count} {kind.ItemNoun()}s");

    /// <summary>True when the result is new music (two takes, like a generation) rather than a file of the same song.</summary>
    public static bool MakesMusic(this OperationKind kind) => kind is OperationKind.Extend or OperationKind.AddVocals or OperationKind.AddInstrumental;

    /// <summary>True when the operation works on a finished track rather than on text.</summary>
    public static bool NeedsSourceTrack(this OperationKind kind) => kind != OperationKind.Lyrics;
}
