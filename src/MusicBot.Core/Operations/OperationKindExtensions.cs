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

    /// <summary>True when the result is new music (two takes, like a generation) rather than a file of the same song.</summary>
    public static bool MakesMusic(this OperationKind kind) => kind is OperationKind.Extend or OperationKind.AddVocals or OperationKind.AddInstrumental;

    /// <summary>True when the operation works on a finished track rather than on text.</summary>
    public static bool NeedsSourceTrack(this OperationKind kind) => kind != OperationKind.Lyrics;
}
