using MusicBot.Core.Drafts;

namespace MusicBot.Core.Validation;

/// <summary>
/// One broken rule: which field, the rule with its limit, what the draft actually has, and what to do about it.
/// </summary>
/// <param name="Field">The draft field at fault.</param>
/// <param name="Rule">The rule and its limit, e.g. "at most 3000 characters with sunoapi model V4".</param>
/// <param name="Actual">What the draft has, e.g. "3001 characters" or "missing".</param>
/// <param name="Fix">What the user should do, e.g. "shorten the lyrics by 1 character".</param>
public sealed record Violation(DraftField Field, string Rule, string Actual, string Fix)
{
    /// <summary>True when the field is required but empty (shown as "still missing" in a draft preview).</summary>
    public bool IsMissing { get; init; }

    public string Message => $"{DraftFieldNames.Display(Field)}: {Rule}; yours is {Actual}. {Fix}";
}
