using MusicBot.Core.Songs;

namespace MusicBot.Core.Validation;

/// <summary>The checks every provider shares, so each rules class only states its own limits.</summary>
internal static class DraftRules
{
    private const decimal WeightStep = 0.01m;

    public static Violation Required(DraftField field, RuleContext context, bool describesSong = false) =>
        new(field, new ViolationRule.Required(context, describesSong));

    // Lengths are string.Length (UTF-16 code units). The providers only say "characters" without defining them;
    // string.Length is never smaller than a count of code points or text elements, so for emoji and other
    // astral characters this errs on the strict side instead of letting the API reject the request later.
    public static Violation? MaxLength(
        DraftField field, string? value, int limit, RuleContext context, IReadOnlyList<ModelAllowance>? roomier = null)
    {
        // Blank text counts as missing, which the required rules report; it is never "too long".
        if (string.IsNullOrWhiteSpace(value) || value.Length <= limit)
        {
            return null;
        }

        return new Violation(field, new ViolationRule.TooLong(context, limit, value.Length, roomier ?? []));
    }

    /// <summary>The weights: 0 ≤ x ≤ 1 and a multiple of 0.01, as the sunoapi and musicapi schemas say.</summary>
    public static Violation? UnitInterval(DraftField field, decimal? value, string provider)
    {
        if (value is not { } weight || (weight >= 0m && weight <= 1m && weight % WeightStep == 0m))
        {
            return null;
        }

        var nearest = Math.Round(Math.Clamp(weight, 0m, 1m), 2, MidpointRounding.AwayFromZero);
        return new Violation(field, new ViolationRule.NotUnitInterval(provider, weight, nearest));
    }

    public static Violation? VocalGender(string? value, string provider)
    {
        // Exact lower-case: the value is forwarded as is, and the providers spell it "m" / "f".
        if (string.IsNullOrWhiteSpace(value) || value is "m" or "f")
        {
            return null;
        }

        return new Violation(DraftField.VocalGender, new ViolationRule.NotMaleOrFemale(provider, value));
    }

    /// <summary>A note naming the set fields the provider has no use for, or null when none of them is set.</summary>
    public static DraftNote? Ignored(Draft draft, string provider, params DraftField[] fields)
    {
        var set = fields.Where(field => IsSet(draft, field)).ToList();
        return set.Count == 0 ? null : new DraftNote.SettingsIgnored(provider, set);
    }

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
}
