using System.Globalization;

namespace MusicBot.Cli;

/// <summary>
/// Positional words and <c>--name value</c> / <c>--name=value</c> options. A value may start with a dash (Telegram
/// group ids are negative: <c>--scope -100123</c>). Options whose name has a colon are configuration overrides
/// (<c>--MusicBot:DataDirectory=/data</c>) that the host's configuration already read, so they are skipped here.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _flags = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _positional = [];

    private CliArguments()
    {
    }

    public IReadOnlyList<string> Positional => _positional;

    public static CliArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> flagNames)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = new CliArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed._positional.Add(arg);
                continue;
            }

            var separator = arg.IndexOf('=', StringComparison.Ordinal);
            var name = separator < 0 ? arg[2..] : arg[2..separator];
            if (separator < 0 && flagNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                parsed._flags.Add(name);
                continue;
            }

            if (separator < 0 && i + 1 >= args.Count)
            {
                throw new CliUsageException($"--{name} needs a value.");
            }

            var value = separator < 0 ? args[++i] : arg[(separator + 1)..];
            if (!name.Contains(':', StringComparison.Ordinal))
            {
                parsed._options[name] = value;
            }
        }

        return parsed;
    }

    public bool Flag(string name) => _flags.Contains(name);

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public string Required(string name) =>
        Option(name) is { Length: > 0 } value ? value : throw new CliUsageException($"--{name} is required.");

    public int Number(string name, int fallback, int min = 0, int max = int.MaxValue)
    {
        if (Option(name) is not { } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CliUsageException($"--{name} must be a whole number from {min} to {max}, not '{text}'.");
    }

    public int RequiredNumber(string name, int min = 0, int max = int.MaxValue)
    {
        Required(name);
        return Number(name, 0, min, max);
    }

    /// <summary>Refuses options the command does not know, so a typo never silently does something else.</summary>
    public void AllowOnly(params string[] names)
    {
        var unknown = _options.Keys.Concat(_flags).Where(n => !names.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new CliUsageException($"Unknown option {string.Join(", ", unknown.Select(n => "--" + n))}.");
        }
    }
}
