namespace MusicBot.Discord.Json;

/// <summary>A command definition for the bulk-overwrite routes (reference A5).</summary>
public sealed record ApplicationCommand
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>Discord locale (<c>pt-BR</c>, <c>es-419</c>, …) to text; null sends the English name only.</summary>
    public Dictionary<string, string>? NameLocalizations { get; init; }

    public Dictionary<string, string>? DescriptionLocalizations { get; init; }

    public int Type { get; init; } = 1;

    public List<CommandOption>? Options { get; init; }

    /// <summary>Bit set as a decimal string; null lets everyone use the command.</summary>
    public string? DefaultMemberPermissions { get; init; }

    public List<int>? Contexts { get; init; }

    public List<int>? IntegrationTypes { get; init; }
}

public sealed record CommandOption
{
    public const int SubCommandType = 1;
    public const int GroupType = 2;
    public const int StringType = 3;
    public const int IntegerType = 4;
    public const int BooleanType = 5;
    public const int UserType = 6;
    public const int RoleType = 8;
    public const int NumberType = 10;
    public const int AttachmentType = 11;

    public required int Type { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>Discord locale (<c>pt-BR</c>, <c>es-419</c>, …) to text; null sends the English name only.</summary>
    public Dictionary<string, string>? NameLocalizations { get; init; }

    public Dictionary<string, string>? DescriptionLocalizations { get; init; }

    public bool? Required { get; init; }

    public List<CommandChoice>? Choices { get; init; }

    public List<CommandOption>? Options { get; init; }

    public int? MinValue { get; init; }

    public int? MaxValue { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }
}

public sealed record CommandChoice(string Name, string Value)
{
    public Dictionary<string, string>? NameLocalizations { get; init; }
}
