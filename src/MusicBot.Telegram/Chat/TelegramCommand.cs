using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MusicBot.Telegram.Chat;

/// <summary>
/// A command as chat-protocols §B4 parses it: the <c>bot_command</c> entity at offset 0 (its length covers
/// <c>/cmd@bot</c>), or, for messages without entities, a leading slash word. Arguments keep inner line breaks.
/// </summary>
/// <param name="ArgumentsOffset">Where the arguments start in the text, in UTF-16 units (entity offsets count from the text's start).</param>
public sealed record TelegramCommand(string Name, string? Target, string Arguments, int ArgumentsOffset)
{
    public static TelegramCommand? Parse(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.Text ?? message.Caption;
        if (text is null)
        {
            return null;
        }

        var entities = message.Text is not null ? message.Entities : message.CaptionEntities;
        var entity = entities?.FirstOrDefault(e => e.Type == MessageEntityType.BotCommand && e.Offset == 0);
        int length;
        if (entity is not null && entity.Length > 1 && entity.Length <= text.Length)
        {
            length = entity.Length;
        }
        else if (entities is null && text.Length > 1 && text[0] == '/')
        {
            length = 1;
            while (length < text.Length && !char.IsWhiteSpace(text[length]))
            {
                length++;
            }
        }
        else
        {
            return null;
        }

        var word = text[1..length];
        var at = word.IndexOf('@', StringComparison.Ordinal);
        var name = (at < 0 ? word : word[..at]).ToLowerInvariant();
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            return null;
        }

        var rest = text[length..];
        return new TelegramCommand(name, at < 0 ? null : word[(at + 1)..], rest.Trim(), length + (rest.Length - rest.TrimStart().Length));
    }

    /// <summary>True for <c>/cmd@otherbot</c>: in a shared group that command is not ours to answer.</summary>
    public bool IsForAnotherBot(string? botUsername) =>
        Target is not null && !string.Equals(Target, botUsername, StringComparison.OrdinalIgnoreCase);
}
