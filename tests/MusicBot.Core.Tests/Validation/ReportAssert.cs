using MusicBot.Core.Songs;
using MusicBot.Core.Validation;

namespace MusicBot.Core.Tests.Validation;

/// <summary>Assertions that print every violation on failure, so a red test says what the rules objected to.</summary>
internal static class ReportAssert
{
    public static void Valid(ValidationReport report) => Assert.True(report.IsValid, Describe(report));

    public static Violation SingleViolation(ValidationReport report, DraftField field)
    {
        Assert.True(report.Violations.Count == 1, Describe(report));
        var violation = report.Violations[0];
        Assert.Equal(field, violation.Field);
        return violation;
    }

    public static void Fields(ValidationReport report, params DraftField[] fields) =>
        Assert.True(report.Violations.Select(v => v.Field).SequenceEqual(fields), Describe(report));

    /// <summary>A length violation: the right field, the limit in the rule, the actual count, one too many.</summary>
    public static void OnePastLimit(ValidationReport report, DraftField field, int limit)
    {
        var violation = SingleViolation(report, field);
        var rule = Assert.IsType<ViolationRule.TooLong>(violation.Rule);
        Assert.Equal((limit, limit + 1, 1), (rule.Limit, rule.Length, rule.Excess));
        Assert.Contains($"at most {Worded.Count(limit)} characters", violation.RuleText(), StringComparison.Ordinal);
        Assert.Equal($"{Worded.Count(limit + 1)} characters", violation.ActualText());
        var shorten = $"Shorten the {Worded.FieldName(field)} by 1 character";
        Assert.StartsWith(shorten, violation.FixText(), StringComparison.Ordinal);
        Assert.False(violation.IsMissing);
    }

    public static void Missing(ValidationReport report, DraftField field, string ruleFragment)
    {
        var violation = SingleViolation(report, field);
        Assert.True(violation.IsMissing);
        Assert.True(violation.Rule is ViolationRule.Required or ViolationRule.LyricsOrStyleRequired, violation.Rule.ToString());
        Assert.Equal("missing", violation.ActualText());
        Assert.Contains(ruleFragment, violation.RuleText(), StringComparison.Ordinal);
    }

    private static string Describe(ValidationReport report) =>
        report.Violations.Count == 0
            ? "no violations"
            : string.Join(" | ", report.Violations.Select(v => v.MessageText()));
}
