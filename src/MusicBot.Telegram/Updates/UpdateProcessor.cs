using Microsoft.Extensions.Logging;
using MusicBot.Core.Inbox;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Api.Models;
using MusicBot.Telegram.Api.Requests;

namespace MusicBot.Telegram.Updates;

/// <summary>
/// Exactly once per update, for polling and webhook alike: claim the update id (an atomic insert only one delivery
/// wins), handle it, then mark it handled and move the stored cursor past it. A redelivered update loses the claim
/// and is skipped. Choice: an update whose handling was cut off by a crash is not repeated after the restart (at most
/// once in that window), because a repeated <c>/quota grant</c> would double a grant.
/// </summary>
public sealed partial class UpdateProcessor(
    IUpdateLog updateLog,
    BotIdentity identity,
    UpdateRouter router,
    TelegramBotClient client,
    ILogger<UpdateProcessor> logger)
{
    public async Task ProcessAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var source = identity.Source;
        if (!await updateLog.TryClaimAsync(source, update.UpdateId, cancellationToken))
        {
            LogDuplicate(update.UpdateId);
            await updateLog.MarkHandledAsync(source, update.UpdateId, cancellationToken);
            return;
        }

        try
        {
            await router.RouteAsync(update, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogHandlingFailed(ex, update.UpdateId);
            await ApologizeAsync(update, cancellationToken);
        }

        await updateLog.MarkHandledAsync(source, update.UpdateId, cancellationToken);
    }

    /// <summary>Tells the user something went wrong, so they can try again; best effort.</summary>
    private async Task ApologizeAsync(Update update, CancellationToken cancellationToken)
    {
        const string Sorry = "Something went wrong on our side; nothing was charged. Please try again.";
        try
        {
            if (update.CallbackQuery is { } query)
            {
                await client.AnswerCallbackQueryAsync(new AnswerCallbackQueryRequest { CallbackQueryId = query.Id, Text = Sorry }, cancellationToken);
            }
            else if (update.Message is { } message)
            {
                await client.SendMessageAsync(
                    new SendMessageRequest { ChatId = message.Chat.Id, Text = Sorry, ReplyParameters = new ReplyParameters(message.MessageId) },
                    cancellationToken);
            }
        }
        catch (Exception ex) when (ex is TelegramApiException or TelegramTransportException)
        {
            LogApologyFailed(ex, update.UpdateId);
        }
    }

    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "Telegram update {UpdateId} was already taken; skipped")]
    private partial void LogDuplicate(long updateId);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Error, Message = "Telegram update {UpdateId} failed")]
    private partial void LogHandlingFailed(Exception exception, long updateId);

    [LoggerMessage(EventId = 7303, Level = LogLevel.Warning, Message = "Telegram update {UpdateId}: could not tell the user about the failure")]
    private partial void LogApologyFailed(Exception exception, long updateId);
}
