using Microsoft.Extensions.Logging;
using MusicBot.Core.Conversations;
using MusicBot.Core.Inbox;
using MusicBot.Core.Observability;
using MusicBot.Telegram.Api;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace MusicBot.Telegram.Updates;

/// <summary>
/// Exactly once per update, for polling and webhook alike: claim the update id (an atomic insert only one delivery
/// wins), handle it, then mark it handled and move the stored cursor past it. A redelivered update loses the claim
/// and is skipped. An update that could not be read is recorded with the reason and skipped, so it holds up nothing
/// (<see cref="RejectAsync"/>). Choice: an update whose handling was cut off by a crash is not repeated after the restart (at most
/// once in that window), because a repeated <c>/quota grant</c> would double a grant.
/// </summary>
public sealed partial class UpdateProcessor(
    IUpdateLog updateLog,
    BotIdentity identity,
    UpdateRouter router,
    BotApi api,
    MusicBotMetrics metrics,
    ILogger<UpdateProcessor> logger)
{
    /// <summary>Records an update that could not be read and moves the cursor past it; one without an id can only be logged.</summary>
    public async Task RejectAsync(ReadUpdate read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        metrics.UpdateRejected(Platforms.Telegram);
        var problem = read.Problem ?? "unreadable";
        if (read.Id is not { } id)
        {
            LogUnidentified(problem);
            return;
        }

        LogRejected(id, problem);
        await updateLog.RejectAsync(identity.Source, id, problem, cancellationToken);
    }

    public async Task ProcessAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var source = identity.Source;
        if (!await updateLog.TryClaimAsync(source, update.Id, cancellationToken))
        {
            LogDuplicate(update.Id);
            await updateLog.MarkHandledAsync(source, update.Id, cancellationToken);
            return;
        }

        try
        {
            await router.RouteAsync(update, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogHandlingFailed(ex, update.Id);
            await ApologizeAsync(update, cancellationToken);
        }

        await updateLog.MarkHandledAsync(source, update.Id, cancellationToken);
    }

    /// <summary>Tells the user something went wrong, so they can try again; best effort.</summary>
    private async Task ApologizeAsync(Update update, CancellationToken cancellationToken)
    {
        const string Sorry = "Something went wrong on our side; nothing was charged. Please try again.";
        try
        {
            if (update.CallbackQuery is { } query)
            {
                await api.CallAsync("answerCallbackQuery", (bot, ct) => bot.AnswerCallbackQuery(query.Id, Sorry, cancellationToken: ct), cancellationToken);
            }
            else if (update.Message is { } message)
            {
                await api.SendHtmlAsync(message.Chat.Id, Sorry, cancellationToken, BotApi.ReplyTo(message.MessageId));
            }
        }
        catch (Exception ex) when (ex is ApiRequestException or TelegramTransportException)
        {
            LogApologyFailed(ex, update.Id);
        }
    }

    [LoggerMessage(EventId = 7304, Level = LogLevel.Error, Message = "Telegram update {UpdateId} could not be read and was skipped: {Problem}")]
    private partial void LogRejected(long updateId, string problem);

    [LoggerMessage(EventId = 7305, Level = LogLevel.Error, Message = "Telegram sent an update without a readable update_id; skipped: {Problem}")]
    private partial void LogUnidentified(string problem);

    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "Telegram update {UpdateId} was already taken; skipped")]
    private partial void LogDuplicate(long updateId);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Error, Message = "Telegram update {UpdateId} failed")]
    private partial void LogHandlingFailed(Exception exception, long updateId);

    [LoggerMessage(EventId = 7303, Level = LogLevel.Warning, Message = "Telegram update {UpdateId}: could not tell the user about the failure")]
    private partial void LogApologyFailed(Exception exception, long updateId);
}
