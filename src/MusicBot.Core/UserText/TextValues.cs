namespace MusicBot.Core.UserText;

/// <summary>
/// The two rules every piece of user text goes through, owned here once: "trimmed, or nothing when blank", and
/// shortening that never cuts a surrogate pair (an emoji) in half.
/// </summary>
public static class TextValues
{
    public const string Ellipsis = "…";

    /// <summary>The text without surrounding white space, or null when nothing is left.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// At most <paramref name="max"/> UTF-16 units: unchanged when it fits, else cut (never between the two halves of
    /// a surrogate pair), trailing white space dropped and "…" appended, the ellipsis counted in the limit.
    /// </summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = Math.Max(0, max - Ellipsis.Length);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }
}
