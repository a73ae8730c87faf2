using System.Text.Json.Serialization;
using MusicBot.Core.UserText;

namespace MusicBot.Core.Songs;

/// <summary>
/// What a song is made from, declared once: the draft collects these fields, a request freezes them (trimmed) at
/// submit, and the database stores them as one document. Every field is optional until the provider's rules say
/// otherwise. (Records copy themselves: a derived draft or request passes itself to the copy constructor to keep only
/// these fields, so a field added here needs no other line to travel.)
/// </summary>
public record SongFields
{
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

    // Derived, so not part of the stored document.
    [JsonIgnore]
    public bool HasLyrics => !string.IsNullOrWhiteSpace(Lyrics);

    [JsonIgnore]
    public bool HasStyle => !string.IsNullOrWhiteSpace(Style);

    [JsonIgnore]
    public bool HasTitle => !string.IsNullOrWhiteSpace(Title);

    /// <summary>The fields as a request sends them: every text trimmed, blank ones left out.</summary>
    public SongFields Cleaned() => new(this)
    {
        Style = TextValues.Clean(Style),
        Lyrics = TextValues.Clean(Lyrics),
        Title = TextValues.Clean(Title),
        NegativeTags = TextValues.Clean(NegativeTags),
        VocalGender = TextValues.Clean(VocalGender),
    };
}
