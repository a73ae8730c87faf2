using Microsoft.Extensions.Logging;
using MusicBot.Core.Chat;
using MusicBot.Core.Inbox;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Api.Models;
using MusicBot.Telegram.Api.Requests;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Updates;

/// <summary>
/// What happens once per connection: getMe (this also proves the token), the command menu (setMyCommands; admins
/// also see <c>/quota</c>), and forgetting update claims older than Telegram keeps updates.
/// </summary>
public sealed partial class BotStartup(
    TelegramBotClient client,
    BotIdentity identity,
    ChatCommandRouter router,
    IUpdateLog updateLog,
    TimeProvider time,
    ILogger<BotStartup> logger)
{
    /// <summary>Update types the bot asks for; everything else is never sent.</summary>
    public static readonly IReadOnlyList<string> AllowedUpdates = ["message", "callback_query"];

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var me = await client.GetMeAsync(cancellationToken);
        identity.Set(me);
        LogConnected(me.Username ?? "(no username)", me.Id);
        try
        {
            var everyone = router.Help.Where(h => !h.IsAdminOnly).Select(ToBotCommand).ToList();
            var admins = router.Help.Select(ToBotCommand).ToList();
            await client.SetMyCommandsAsync(new SetMyCommandsRequest(everyone, new BotCommandScope("default")), cancellationToken);
            await client.SetMyCommandsAsync(new SetMyCommandsRequest(admins, new BotCommandScope("all_chat_administrators")), cancellationToken);
        }
        catch (TelegramApiException ex)
        {
            // A missing menu is cosmetic; the commands work without it.
            LogMenuFailed(ex);
        }

        await updateLog.PruneAsync(time.GetUtcNow().AddDays(-7), cancellationToken);
    }

    private static BotCommand ToBotCommand(CommandHelp help) =>
        new(help.Command, Html.Shorten(Words.Phrases.Help(help.Command), 256));

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Telegram: connected as @{Username} ({BotId})")]
    private partial void LogConnected(string username, long botId);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning, Message = "Telegram: setting the command menu failed")]
    private partial void LogMenuFailed(Exception exception);
}
