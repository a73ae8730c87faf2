using MusicBot.Core.Operations;

namespace MusicBot.Discord.Commands;

/// <summary>The <c>/music</c> subcommand of each operation, in the order they are offered.</summary>
public static class OperationSubcommands
{
    public static readonly IReadOnlyList<(OperationKind Kind, string Name)> All =
    [
        (OperationKind.Extend, "extend"),
        (OperationKind.AddVocals, "add-vocals"),
        (OperationKind.AddInstrumental, "add-instrumental"),
        (OperationKind.Wav, "wav"),
        (OperationKind.Stems, "stems"),
        (OperationKind.Lyrics, "lyrics-ai"),
    ];

    public static string NameOf(OperationKind kind) => All.First(o => o.Kind == kind).Name;

    /// <summary>The operation a command path names (<c>add-vocals</c>), or null.</summary>
    public static OperationKind? KindOf(string path) =>
        All.FirstOrDefault(o => o.Name == path) is { Name: not null } found ? found.Kind : null;
}
