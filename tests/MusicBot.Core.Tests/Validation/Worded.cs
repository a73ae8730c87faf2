using System.Globalization;
using MusicBot.Core.Songs;
using MusicBot.Core.Validation;
using MusicBot.Messages;

namespace MusicBot.Core.Tests.Validation;

/// <summary>
/// Core's codes as the text chat words them in English, so the rules tests check what users read as well as the data:
/// a broken rule is asserted as a code by <see cref="ReportAssert"/> and as words here.
/// </summary>
internal static class Worded
{
    public static Phrases Words { get; } = new(MessageCatalog.English, TextCommandSyntax.Instance);

    public static string RuleText(this Violation violation) => Words.Rule(violation);

    public static string ActualText(this Violation violation) => Words.Actual(violation);

    public static string FixText(this Violation violation) => Words.Fix(violation);

    public static string MessageText(this Violation violation) => Words.Violation(violation);

    public static IReadOnlyList<string> NoteTexts(this ValidationReport report) => [.. report.Notes.Select(Words.Note)];

    public static string FieldName(DraftField field) => Words.Field(field);

    /// <summary>A count as English readers see it in a message: grouped by thousands (3,001).</summary>
    public static string Count(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("en"));
}
