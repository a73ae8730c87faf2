using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace MusicBot.Configuration;

/// <summary>Collects the options-validation failures inside an exception (one, or an aggregate of several).</summary>
public static partial class ConfigurationProblems
{
    public static IReadOnlyList<string> From(Exception exception) => exception switch
    {
        OptionsValidationException options => [.. options.Failures.Select(Unwrap)],
        AggregateException aggregate => [.. aggregate.InnerExceptions.SelectMany(From)],
        // The binder names the key and the type ("Failed to convert configuration value 'x' at 'MusicBot:…' to type …").
        InvalidOperationException binding when binding.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            [binding.Message + " Durations are written like 00:15:00, switches as true or false."],
        _ => [],
    };

    /// <summary>A data-annotation failure whose own message already names the key is shown without the framework's wrapper.</summary>
    private static string Unwrap(string failure) =>
        DataAnnotationFailure().Match(failure) is { Success: true } match && match.Groups["inner"].Value.StartsWith("MusicBot:", StringComparison.Ordinal)
            ? match.Groups["inner"].Value
            : failure;

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '[^']*' with the error: '(?<inner>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
