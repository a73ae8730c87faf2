namespace MusicBot.Core.Operations;

public static class OperationKindExtensions
{
    /// <summary>The name used in configuration (<c>OperationPrices:stems</c>) and as the operation's command word.</summary>
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

    /// <summary>True when the result is new music (two takes, like a generation) rather than a file of the same song.</summary>
    public static bool MakesMusic(this OperationKind kind) => kind is OperationKind.Extend or OperationKind.AddVocals or OperationKind.AddInstrumental;

    /// <summary>True when a task of this kind (null: a new song) makes music, so its takes can be worked on.</summary>
    public static bool MakesMusic(this OperationKind? kind) => kind?.MakesMusic() ?? true;

    /// <summary>True when the operation works on a finished track rather than on text.</summary>
    public static bool NeedsSourceTrack(this OperationKind kind) => kind != OperationKind.Lyrics;

    /// <summary>The operations that act on one delivered take, as its buttons offer them.</summary>
    public static IReadOnlyList<OperationKind> OnATake { get; } = [OperationKind.Extend, OperationKind.Wav, OperationKind.Stems];
}
