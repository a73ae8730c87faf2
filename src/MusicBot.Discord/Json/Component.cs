using System.Text.Json.Serialization;

namespace MusicBot.Discord.Json;

/// <summary>
/// A message or modal component. One shape serves them all (action row 1, button 2, text input 4, label 18): each kind
/// sets only its own fields, and null fields are not written.
/// </summary>
public sealed record Component
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int TextInputType = 4;
    public const int LabelType = 18;

    public required int Type { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    public string? Url { get; init; }

    public bool? Disabled { get; init; }

    public string? Placeholder { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public bool? Required { get; init; }

    public string? Value { get; init; }

    public string? Description { get; init; }

    /// <summary>Children of an action row.</summary>
    public List<Component>? Components { get; init; }

    /// <summary>The single child of a label.</summary>
    [JsonPropertyName("component")]
    public Component? Child { get; init; }
}
