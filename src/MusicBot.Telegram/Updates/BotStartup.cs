using Microsoft.Extensions.Logging;
using MusicBot.Core.Chat;
using MusicBot.Core.Inbox;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Chat;
using MusicBot.Telegram.Rendering;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MusicBot.Telegram.Updates;

/// <summary>
/// What happens once per connection: getMe (this also proves the token), the command menu (setMyCommands; admins
/// also see <c>/quota</c>), the groups known to have become supergroups, and forgetting update claims older than
/// Telegram keeps updates.
/// </summary>
public sealed partial class BotStartup(
    BotApi api,
    BotIdentity identity,
    ChatCommandRouter router,
    IUpdateLog updateLog,
    ChatMover mover,
    TimeProvider time,
    ILogger<BotStartup> logger)
{
    /// <summary>Update types the bot asks for; everything else is never sent.</summary>
    public static readonly IReadOnlyList<UpdateType> AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var me = await api.CallAsync("getMe", (bot, ct) => bot.GetMe(ct), cancellationToken);
        identity.Set(me);
        LogConnected(me.Username ?? "(no username)", me.Id);
        try
        {
            var everyone = router.Help.Where(h => !h.IsAdminOnly).Select(ToBotCommand).ToList();
            var admins = router.Help.Select(ToBotCommand).ToList();
            await api.CallAsync("setMyCommands", (bot, ct) => bot.SetMyCommands(everyone, BotCommandScope.Default(), cancellationToken: ct), cancellationToken);
            await api.CallAsync("setMyCommands", (bot, ct) => bot.SetMyCommands(admins, BotCommandScope.AllChatAdministrators(), cancellationToken: ct), cancellationToken);
        }
        catch (ApiRequestException ex)
        {
            // A missing menu is cosmetic; the commands work without it.
            LogMenuFailed(ex);
        }

        await mover.LoadAsync(cancellationToken);
        await updateLog.PruneAsync(time.GetUtcNow().AddDays(-7), cancellationToken);
    }

    private static BotCommand ToBotCommand(CommandHelp help) =>
        new(help.Command, Html.Shorten(Words.English.Phrases.Help(help.Command), 256));

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Telegram: connected as @{Username} ({BotId})")]
    private partial void LogConnected(string username, long botId);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning, Message = "Telegram: setting the command menu failed")]
    private partial void LogMenuFailed(Exception exception);
}
