using System.Text.RegularExpressions;

namespace MusicBot.Tests.Conventions;

/// <summary>
/// Core says nothing in English (it returns codes that each platform words), and neither do the places where
/// Infrastructure reports a provider's failure. A string literal that reads as words (two of them, separated by a space)
/// fails the test, naming the file and line. Not user text, and so not counted: log templates, exception messages
/// (programmer errors), and the operator-facing texts listed below with the reason they are the operator's.
/// </summary>
public sealed partial class UserTextTests
{
    /// <summary>Files whose sentences are for operators, who read the configuration and the logs in English.</summary>
    private static readonly Dictionary<string, string> OperatorFiles = new(StringComparer.Ordinal)
    {
        ["src/MusicBot.Core/MusicBotOptionsValidator.cs"] = "start-up configuration errors for operators",
        ["src/MusicBot.Core/Credits/QuotaOptionsValidator.cs"] = "start-up configuration errors for operators",
        ["src/MusicBot.Core/Observability/MusicBotMetrics.cs"] = "metric descriptions for monitoring",
    };

    /// <summary>
    /// Literals that name things the way the provider's own data does. sunoapi reports stems as URLs by field, and the
    /// bot titles them after those fields, as a provider titles a track; worded per language they would need a stem
    /// code on the track (left for the message catalogs).
    /// </summary>
    private static readonly HashSet<(string File, string Text)> ProviderNames =
    [
        ("src/MusicBot.Infrastructure/Providers/SunoApi/SunoApiOperationProgress.cs", "Backing vocals"),
    ];

    [Fact]
    public void Core_NoUserFacingEnglish_RemainsInItsSources()
    {
        var found = SourceFile.Under("src/MusicBot.Core").Where(f => !OperatorFiles.ContainsKey(f.Path)).SelectMany(Sentences).ToList();

        Assert.True(found.Count == 0, "English in Core (return a code and word it in MusicBot.Messages):\n" + string.Join('\n', found));
    }

    [Fact]
    public void InfrastructureFailurePaths_NoUserFacingEnglish_RemainsInThem()
    {
        var failurePaths = SourceFile.Under("src/MusicBot.Infrastructure/Providers")
            .Where(f => f.Code.Contains("ProviderFailure", StringComparison.Ordinal) || f.Code.Contains("SubmitOutcome", StringComparison.Ordinal))
            .ToList();

        var found = failurePaths.SelectMany(Sentences).ToList();

        Assert.NotEmpty(failurePaths);
        Assert.True(found.Count == 0, "English in a provider failure path (use a TaskFailure code):\n" + string.Join('\n', found));
    }

    [Fact]
    public void Scanner_AnEnglishSentence_IsFound()
    {
        var file = Path.Combine(Path.GetTempPath(), $"scan-{Guid.NewGuid():N}.cs");
        File.WriteAllText(file, """
            // A comment with words is fine.
            var code = "sunoapi";
            var text = $"Song #{id} is not one of yours here.";
            throw new InvalidOperationException("A programmer error is fine.");
            """);
        try
        {
            var found = Sentences(SourceFile.Read(file)).ToList();

            Assert.Equal(["line 3: \"Song # is not one of yours here.\""], found.Select(f => f[(f.IndexOf("line", StringComparison.Ordinal))..]));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static IEnumerable<string> Sentences(SourceFile file) =>
        file.Literals
            .Where(l => Words().IsMatch(l.Content) && !IsExempt(l.CodeLine) && !ProviderNames.Contains((file.Path, l.Content)))
            .Select(l => $"{file.Path} line {l.Line}: \"{l.Content}\"");

    /// <summary>Log templates, exceptions, and provider texts the code matches against are not said to users.</summary>
    private static bool IsExempt(string codeLine) =>
        codeLine.Contains("LoggerMessage", StringComparison.Ordinal)
        || codeLine.Contains("Exception(", StringComparison.Ordinal)
        || codeLine.Contains(".Contains(", StringComparison.Ordinal)
        || codeLine.Contains(".StartsWith(", StringComparison.Ordinal);

    [GeneratedRegex(@"[A-Za-z][a-z]+ [a-z]{2,}")]
    private static partial Regex Words();
}
