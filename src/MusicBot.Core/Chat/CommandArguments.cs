using System.Globalization;

namespace MusicBot.Core.Chat;

/// <summary>A command's named arguments as text (numbers in invariant culture); absent and blank are the same.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values;

    public CommandArguments(IEnumerable<KeyValuePair<string, string?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (value is not null)
            {
                _values[name] = value;
            }
        }
    }

    public static CommandArguments None { get; } = new([]);

    public int Count => _values.Count;

    public IEnumerable<string> Names => _values.Keys;

    public static CommandArguments Of(params (string Name, string? Value)[] values) =>
        new(values.Select(v => KeyValuePair.Create(v.Name, v.Value)));

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Text(string name) => _values.GetValueOrDefault(name);

    /// <summary>A whole number, or null when absent; <paramref name="isValid"/> is false when present but not one.</summary>
    public long? Whole(string name, out bool isValid)
    {
        isValid = true;
        if (Text(name) is not { } text)
        {
            return null;
        }

        isValid = long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value);
        return isValid ? value : null;
    }

    public long? Whole(string name) => Whole(name, out _);

    public double? Real(string name) =>
        Text(name) is { } text && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    public CommandArguments With(string name, string? value) =>
        new(_values.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)).Where(p => p.Key != name).Append(KeyValuePair.Create(name, value)));
}
