namespace MusicBot.Core.Drafts;

/// <summary>
/// What a user has collected so far for their next song. Every field is optional until submit;
/// the chosen provider's rules decide what is missing or too long.
/// </summary>
public sealed record Draft
{
    public static readonly Draft Empty = new();

    /// <summary>Provider name (<c>local</c>, <c>sunoapi</c>, <c>musicapi</c>, <c>topview</c>); null means the bot's default.</summary>
    public string? Provider { get; init; }

    /// <summary>Model name as the user typed it; null means the provider's default model.</summary>
    public string? Model { get; init; }

    /// <summary>Style tags, or a free description when there are no lyrics.</summary>
    public string? Style { get; init; }

    public string? Lyrics { get; init; }

    public string? Title { get; init; }

    public bool Instrumental { get; init; }

    public string? NegativeTags { get; init; }

    /// <summary><c>m</c> or <c>f</c>, as the providers spell it.</summary>
    public string? VocalGender { get; init; }

    public decimal? StyleWeight { get; init; }

    public decimal? Weirdness { get; init; }

    public decimal? AudioWeight { get; init; }

    /// <summary>Topview: let the provider rewrite the style text before generating.</summary>
    public bool EnhancePrompt { get; init; }

    public bool HasLyrics => !string.IsNullOrWhiteSpace(Lyrics);

    public bool HasStyle => !string.IsNullOrWhiteSpace(Style);

    public bool HasTitle => !string.IsNullOrWhiteSpace(Title);
}
