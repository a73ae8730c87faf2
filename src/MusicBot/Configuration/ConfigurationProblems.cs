using Microsoft.Extensions.Options;

namespace MusicBot.Configuration;

/// <summary>Collects the options-validation failures inside an exception (one, or an aggregate of several).</summary>
public static class ConfigurationProblems
{
    public static IReadOnlyList<string> From(Exception exception) => exception switch
    {
        OptionsValidationException options => [.. options.Failures],
        AggregateException aggregate => [.. aggregate.InnerExceptions.SelectMany(From)],
        // The binder names the key and the type ("Failed to convert configuration value 'x' at 'MusicBot:…' to type …").
        InvalidOperationException binding when binding.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            [binding.Message + " Durations are written like 00:15:00, switches as true or false."],
        _ => [],
    };
}
