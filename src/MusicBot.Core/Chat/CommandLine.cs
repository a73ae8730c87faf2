namespace MusicBot.Core.Chat;

/// <summary>
/// A parsed <c>/command[@botname] arguments</c> line. Arguments keep their inner line breaks, so
/// <c>/lyrics</c> can carry several lines in one message.
/// </summary>
public sealed record CommandLine(string Name, string? BotName, string Arguments)
{
    public static CommandLine? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart();
        if (trimmed.Length < 2 || trimmed[0] != '/' || !char.IsLetter(trimmed[1]))
        {
            return null;
        }

        var end = 1;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var word = trimmed[1..end];
        var at = word.IndexOf('@', StringComparison.Ordinal);
        var name = (at < 0 ? word : word[..at]).ToLowerInvariant();
        var bot = at < 0 ? null : word[(at + 1)..];
        return new CommandLine(name, bot, trimmed[end..].Trim());
    }
}
