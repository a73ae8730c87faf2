using System.Globalization;
using System.Text.RegularExpressions;
using MusicBot.Core.Conversations;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MusicBot.Telegram.Chat;

/// <summary>
/// Turns the users named in <c>/quota</c> arguments into ids, which is what Core's quota command expects. A
/// <c>text_mention</c> entity carries the user; an <c>@username</c> is looked up among users the bot has seen
/// (the Bot API cannot look a user up by username).
/// </summary>
public sealed partial class MentionResolver(IUserDirectory users)
{
    /// <summary>The command text with users as ids, or the first handle nobody here is known by.</summary>
    public async Task<(string Text, string? UnknownHandle)> ResolveAsync(Message message, TelegramCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(command);
        var text = message.Text ?? message.Caption ?? "";
        var arguments = command.Arguments;
        var entities = (message.Text is not null ? message.Entities : message.CaptionEntities) ?? [];
        foreach (var mention in entities.Where(e => e.Type == MessageEntityType.TextMention && e.User is not null).OrderByDescending(e => e.Offset))
        {
            var start = mention.Offset - command.ArgumentsOffset;
            if (start >= 0 && start + mention.Length <= arguments.Length)
            {
                arguments = arguments[..start] + mention.User!.Id.ToString(CultureInfo.InvariantCulture) + arguments[(start + mention.Length)..];
            }
        }

        foreach (Match match in Handle().Matches(arguments).Reverse())
        {
            var user = await users.FindByHandleAsync(Platforms.Telegram, match.Groups["handle"].Value, cancellationToken);
            if (user is null)
            {
                return (text, match.Value);
            }

            arguments = arguments[..match.Index] + user.UserId + arguments[(match.Index + match.Length)..];
        }

        return ($"/{command.Name} {arguments}", null);
    }

    [GeneratedRegex(@"(?<![\w@])@(?<handle>[A-Za-z0-9_]{3,32})\b")]
    private static partial Regex Handle();
}
