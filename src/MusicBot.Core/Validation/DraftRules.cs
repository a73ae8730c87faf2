using System.Globalization;
using MusicBot.Core.Drafts;

namespace MusicBot.Core.Validation;

/// <summary>The checks every provider shares, so each rules class only states its own limits.</summary>
internal static class DraftRules
{
    private const decimal WeightStep = 0.01m;

    public static Violation Required(DraftField field, string context, string? fix = null) =>
        new(field, $"required {context}", "missing", fix ?? $"Set it with {SetCommand(field)}.")
        {
            IsMissing = true,
        };

    // Lengths are string.Length (UTF-16 code units). The providers only say "characters" without defining them;
    // string.Length is never smaller than a count of code points or text elements, so for emoji and other
    // astral characters this errs on the strict side instead of letting the API reject the request later.
    public static Violation? MaxLength(
        DraftField field, string? value, int limit, string context, string? alternative = null)
    {
        // Blank text counts as missing, which the required rules report; it is never "too long".
        if (string.IsNullOrWhiteSpace(value) || value.Length <= limit)
        {
            return null;
        }

        var shorten = $"Shorten the {DraftFieldNames.Display(field)} by {Characters(value.Length - limit)}";
        var fix = alternative is null ? $"{shorten}." : $"{shorten}, or {alternative}.";
        return new Violation(field, $"at most {limit} characters {context}", Characters(value.Length), fix);
    }

    /// <summary>The weights: 0 ≤ x ≤ 1 and a multiple of 0.01, as the sunoapi and musicapi schemas say.</summary>
    public static Violation? UnitInterval(DraftField field, decimal? value, string provider)
    {
        if (value is not { } weight || (weight >= 0m && weight <= 1m && weight % WeightStep == 0m))
        {
            return null;
        }

        var nearest = Math.Round(Math.Clamp(weight, 0m, 1m), 2, MidpointRounding.AwayFromZero);
        return new Violation(
            field,
            $"a number from 0 to 1 in steps of 0.01 with {provider}",
            Format(weight),
            $"Use {Format(nearest)} instead.");
    }

    public static Violation? VocalGender(string? value, string provider)
    {
        // Exact lower-case: the value is forwarded as is, and the providers spell it "m" / "f".
        if (string.IsNullOrWhiteSpace(value) || value is "m" or "f")
        {
            return null;
        }

        return new Violation(
            DraftField.VocalGender, $"m or f with {provider}", $"\"{value}\"", "Set it with /voice m or /voice f.");
    }

    /// <summary>A note naming the set fields the provider has no use for, or null when none of them is set.</summary>
    public static string? Ignored(Draft draft, string provider, params DraftField[] fields)
    {
        var set = fields.Where(field => IsSet(draft, field)).Select(DraftFieldNames.Display).ToList();
        return set.Count switch
        {
            0 => null,
            1 => $"The {provider} provider ignores this setting: {set[0]}.",
            _ => $"The {provider} provider ignores these settings: {string.Join(", ", set)}.",
        };
    }

    public static string Characters(int count) => count == 1 ? "1 character" : $"{count} characters";

    public static string SetCommand(DraftField field) => field switch
    {
        DraftField.Style => "/style <text>",
        DraftField.Lyrics => "/lyrics <text>",
        DraftField.Title => "/title <text>",
        DraftField.Model => "/model <name>",
        DraftField.VocalGender => "/voice m|f",
        DraftField.NegativeTags => "/negative <text>",
        DraftField.Instrumental => "/instrumental on|off",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No chat command sets this field."),
    };

    private static bool IsSet(Draft draft, DraftField field) => field switch
    {
        DraftField.NegativeTags => !string.IsNullOrWhiteSpace(draft.NegativeTags),
        DraftField.VocalGender => !string.IsNullOrWhiteSpace(draft.VocalGender),
        DraftField.StyleWeight => draft.StyleWeight.HasValue,
        DraftField.Weirdness => draft.Weirdness.HasValue,
        DraftField.AudioWeight => draft.AudioWeight.HasValue,
        DraftField.EnhancePrompt => draft.EnhancePrompt,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Only optional extras can be ignored."),
    };

    // Trailing zeros dropped (0.50 → 0.5) and a dot whatever the server culture.
    private static string Format(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);
}
