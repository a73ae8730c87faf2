using MusicBot.Core.Drafts;
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
        Assert.Contains($"at most {limit} characters", violation.Rule, StringComparison.Ordinal);
        Assert.Equal($"{limit + 1} characters", violation.Actual);
        var shorten = $"Shorten the {DraftFieldNames.Display(field)} by 1 character";
        Assert.StartsWith(shorten, violation.Fix, StringComparison.Ordinal);
        Assert.False(violation.IsMissing);
    }

    public static void Missing(ValidationReport report, DraftField field, string ruleFragment)
    {
        var violation = SingleViolation(report, field);
        Assert.True(violation.IsMissing);
        Assert.Equal("missing", violation.Actual);
        Assert.Contains(ruleFragment, violation.Rule, StringComparison.Ordinal);
    }

    private static string Describe(ValidationReport report) =>
        report.Violations.Count == 0
            ? "no violations"
            : string.Join(" | ", report.Violations.Select(v => v.Message));
}
