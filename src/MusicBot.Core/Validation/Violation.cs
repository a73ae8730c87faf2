using MusicBot.Core.Songs;

namespace MusicBot.Core.Validation;

/// <summary>
/// One broken rule: which field, and the rule with its limit and what the draft actually has (see
/// <see cref="ViolationRule"/>). How to fix it is each platform's to say, in its own command syntax.
/// </summary>
public sealed record Violation(DraftField Field, ViolationRule Rule)
{
    /// <summary>True when the field is required but empty (shown as "still missing" in a draft preview).</summary>
    public bool IsMissing => Rule is ViolationRule.Required or ViolationRule.LyricsOrStyleRequired;
}
