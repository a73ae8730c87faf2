using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Inbox;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Health;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace MusicBot.Telegram.Updates;

/// <summary>
/// One long poll: getUpdates from the stored cursor, then each update in its own DI scope, in order. The cursor is
/// read from SQLite every time, so it is exactly what the last handled update left, across restarts too. Updates are
/// read one at a time: one that cannot be read is recorded and skipped, and the rest of the batch goes on.
/// </summary>
public sealed partial class PollingReceiver(
    BotApi api,
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

        var offset = (int?)await updateLog.GetNextOffsetAsync(identity.Source, stoppingToken);
        var timeout = (int)options.Value.PollTimeout.TotalSeconds;
        JsonElement[] batch;
        try
        {
            var request = new UpdateBatchRequest { Offset = offset, Timeout = timeout, AllowedUpdates = BotStartup.AllowedUpdates };
            batch = await api.CallAsync("getUpdates", (bot, ct) => bot.SendRequest(request, ct), stoppingToken, CallKind.LongPoll);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 409 && ex.Message.Contains("webhook", StringComparison.OrdinalIgnoreCase))
        {
            // getUpdates and a webhook exclude each other; this bot was told to poll.
            LogRemovingWebhook();
            await api.CallAsync("deleteWebhook", (bot, ct) => bot.DeleteWebhook(cancellationToken: ct), stoppingToken);
            return;
        }

        state.Succeeded();
        foreach (var read in batch.Select(UpdateReader.Read).OrderBy(r => r.Id))
        {
            // Not linked to stoppingToken: cutting a started update off would lose it (it is claimed already).
            using var handling = new CancellationTokenSource(MaxHandlingTime);
            await using var scope = scopes.CreateAsyncScope();
            var processor = scope.ServiceProvider.GetRequiredService<UpdateProcessor>();
            if (read.Update is { } update)
            {
                await processor.ProcessAsync(update, handling.Token);
            }
            else
            {
                await processor.RejectAsync(read, handling.Token);
            }

            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 7401, Level = LogLevel.Warning, Message = "Telegram: a webhook is set, so getUpdates is refused; deleting the webhook to poll")]
    private partial void LogRemovingWebhook();
}
