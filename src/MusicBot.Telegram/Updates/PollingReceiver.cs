using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Inbox;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Api.Requests;
using MusicBot.Telegram.Health;

namespace MusicBot.Telegram.Updates;

/// <summary>
/// One long poll: getUpdates from the stored cursor, then each update in its own DI scope, in order. The cursor is
/// read from SQLite every time, so it is exactly what the last handled update left, across restarts too.
/// </summary>
public sealed partial class PollingReceiver(
    TelegramBotClient client,
    BotIdentity identity,
    BotStartup startup,
    IUpdateLog updateLog,
    IServiceScopeFactory scopes,
    IOptions<TelegramOptions> options,
    TelegramConnectionState state,
    ILogger<PollingReceiver> logger)
{
    /// <summary>An update that has started is given this long to finish, even while the host stops.</summary>
    public static readonly TimeSpan MaxHandlingTime = TimeSpan.FromMinutes(2);

    public async Task PollOnceAsync(CancellationToken stoppingToken)
    {
        if (!identity.IsKnown)
        {
            await startup.ConnectAsync(stoppingToken);
        }

        var request = new GetUpdatesRequest
        {
            Offset = await updateLog.GetNextOffsetAsync(identity.Source, stoppingToken),
            Timeout = (int)options.Value.PollTimeout.TotalSeconds,
            AllowedUpdates = BotStartup.AllowedUpdates,
        };
        IReadOnlyList<Api.Models.Update> updates;
        try
        {
            updates = await client.GetUpdatesAsync(request, stoppingToken);
        }
        catch (TelegramApiException ex) when (ex.ErrorCode == 409 && ex.Description.Contains("webhook", StringComparison.OrdinalIgnoreCase))
        {
            // getUpdates and a webhook exclude each other; this bot was told to poll.
            LogRemovingWebhook();
            await client.DeleteWebhookAsync(new DeleteWebhookRequest(), stoppingToken);
            return;
        }

        state.Succeeded();
        foreach (var update in updates.OrderBy(u => u.UpdateId))
        {
            // Not linked to stoppingToken: cutting a started update off would lose it (it is claimed already).
            using var handling = new CancellationTokenSource(MaxHandlingTime);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<UpdateProcessor>().ProcessAsync(update, handling.Token);
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 7401, Level = LogLevel.Warning, Message = "Telegram: a webhook is set, so getUpdates is refused; deleting the webhook to poll")]
    private partial void LogRemovingWebhook();
}
