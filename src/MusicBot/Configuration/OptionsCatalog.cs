using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MusicBot.Configuration;

/// <summary>
/// Every MusicBot options class any project registered (read from the service collection when asked, so sections
/// registered after this one count too), and a check that binds and validates each one on its own. The framework's
/// start-up validator stops at the first value the binder cannot convert; this lists every section's problems.
/// </summary>
public sealed class OptionsCatalog(IServiceCollection services)
{
    private static readonly Type[] Registrations = [typeof(IConfigureOptions<>), typeof(IValidateOptions<>), typeof(IOptionsChangeTokenSource<>)];

    public IReadOnlyList<Type> OptionTypes =>
    [
        .. services
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && Registrations.Contains(t.GetGenericTypeDefinition()))
            .Select(t => t.GetGenericArguments()[0])
            // Only the bot's own sections: building framework options (Kestrel's, logging's) can have side effects.
            .Where(t => t.Namespace?.StartsWith("MusicBot", StringComparison.Ordinal) == true)
            .Distinct()
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    public IReadOnlyList<string> FindProblems(IServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var problems = new List<string>();
        foreach (var type in OptionTypes)
        {
            var factory = provider.GetRequiredService(typeof(IOptionsFactory<>).MakeGenericType(type));
            try
            {
                factory.GetType().GetMethod(nameof(IOptionsFactory<object>.Create))!.Invoke(factory, [Options.DefaultName]);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is { } inner && ConfigurationProblems.From(inner, SectionOf(type)) is { Count: > 0 } found)
            {
                problems.AddRange(found);
            }
        }

        return [.. problems.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The class's <c>SectionName</c> constant, which every options class of the bot has by convention.</summary>
    private static string? SectionOf(Type type) =>
        type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
}
