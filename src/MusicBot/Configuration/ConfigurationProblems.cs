using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace MusicBot.Configuration;

/// <summary>Collects the options-validation failures inside an exception (one, or an aggregate of several).</summary>
public static partial class ConfigurationProblems
{
    /// <param name="exception">What validation or binding threw.</param>
    /// <param name="section">The options class's section, when known: data-annotation failures are then shown as <c>Section:Member: message</c>.</param>
    public static IReadOnlyList<string> From(Exception exception, string? section = null) => exception switch
    {
        OptionsValidationException options => [.. options.Failures.Select(f => Unwrap(f, section))],
        AggregateException aggregate => [.. aggregate.InnerExceptions.SelectMany(e => From(e, section))],
        // The binder names the key and the type ("Failed to convert configuration value 'x' at 'MusicBot:…' to type …").
        InvalidOperationException binding when binding.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            [binding.Message + " Durations are written like 00:15:00, switches as true or false."],
        _ => [],
    };

    /// <summary>A data-annotation failure is shown without the framework's wrapper, named by its key where that is known.</summary>
    private static string Unwrap(string failure, string? section)
    {
        if (DataAnnotationFailure().Match(failure) is not { Success: true } match)
        {
            return failure;
        }

        var inner = match.Groups["inner"].Value;
        return inner.StartsWith("MusicBot:", StringComparison.Ordinal) ? inner
            : section is not null ? $"{section}:{match.Groups["member"].Value}: {inner}"
            : failure;
    }

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '(?<member>[^']*)' with the error: '(?<inner>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
