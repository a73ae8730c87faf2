using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Conversations;
using MusicBot.Core.Observability;
using MusicBot.Telegram.Chat;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace MusicBot.Telegram.Api;

/// <summary>
/// Every Bot API call goes through here, around Telegram.Bot's client, for what the library does not do: a time limit
/// per call (long polls and uploads get longer ones); flood control per chat, group and bot for messages
/// (<see cref="FloodGate"/>); a group that became a supergroup (the call is repeated once in the new chat, and the
/// move is stored by <see cref="ChatMover"/>); 429 waited out on <see cref="TimeProvider"/>, building the request
/// afresh for each attempt (an upload reopens its file), up to <see cref="TelegramOptions.MaxRetryAfterWait"/>; metrics; and failures without the token:
/// the library's <see cref="RequestException"/> carries the HTTP exception, so it leaves here flattened into a
/// <see cref="TelegramTransportException"/>. Refusals by the API stay the library's <see cref="ApiRequestException"/>.
/// </summary>
public sealed partial class BotApi(
    ITelegramBotClient bot,
    FloodGate gate,
    ChatMigrations migrations,
    ChatMover mover,
    IOptions<TelegramOptions> options,
    MusicBotMetrics metrics,
    TimeProvider time,
    ILogger<BotApi> logger)
{
    /// <summary>The HTTP client behind the library's: no HTTP loggers, because the token is in every request path.</summary>
    public const string ClientName = "telegram-bot-api";

    private const int MaxAttempts = 4;

    /// <summary>A call that names no chat (getMe, getUpdates, setWebhook, …).</summary>
    public Task<T> CallAsync<T>(string method, Func<ITelegramBotClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken, CallKind kind = CallKind.Normal) =>
        RetryAsync(method, call, kind, cancellationToken);

    public Task CallAsync(string method, Func<ITelegramBotClient, CancellationToken, Task> call, CancellationToken cancellationToken) =>
        RetryAsync(method, async (client, ct) => { await call(client, ct); return true; }, CallKind.Normal, cancellationToken);

    /// <summary>A call about a chat that posts nothing (getChatMember, sendChatAction): it follows a migrated group, without flood control.</summary>
    public Task<T> AboutChatAsync<T>(string method, long chatId, Func<ITelegramBotClient, long, CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        InChatAsync(method, chatId, isMessage: false, call, CallKind.Normal, cancellationToken);

    /// <summary>A message into a chat (send or edit): flood control, and a migrated group's new id.</summary>
    public Task<T> ToChatAsync<T>(string method, long chatId, Func<ITelegramBotClient, long, CancellationToken, Task<T>> call, CancellationToken cancellationToken, CallKind kind = CallKind.Normal) =>
        InChatAsync(method, chatId, isMessage: true, call, kind, cancellationToken);

    /// <summary>An HTML message, link previews off (progress links would otherwise push the text aside).</summary>
    public Task<Message> SendHtmlAsync(long chatId, string html, CancellationToken cancellationToken, ReplyParameters? replyTo = null, ReplyMarkup? markup = null) =>
        ToChatAsync("sendMessage", chatId, (client, id, ct) => client.SendMessage(
            id, html, ParseMode.Html, replyTo, markup, LinkPreviewOptions.Disabled, cancellationToken: ct), cancellationToken);

    /// <summary>Edits an HTML message; false when Telegram says the new content equals the old ("message is not modified" is not an error).</summary>
    public async Task<bool> EditHtmlAsync(long chatId, int messageId, string html, CancellationToken cancellationToken, InlineKeyboardMarkup? markup = null)
    {
        try
        {
            await ToChatAsync("editMessageText", chatId, (client, id, ct) => client.EditMessageText(
                id, messageId, html, ParseMode.Html, markup, LinkPreviewOptions.Disabled, cancellationToken: ct), cancellationToken);
            return true;
        }
        catch (ApiRequestException ex) when (ex.IsNotModified())
        {
            return false;
        }
    }

    /// <summary>What a sent message replies to; it still goes out if that message was deleted.</summary>
    public static ReplyParameters ReplyTo(int messageId) => new() { MessageId = messageId, AllowSendingWithoutReply = true };

    private async Task<T> InChatAsync<T>(string method, long chatId, bool isMessage, Func<ITelegramBotClient, long, CancellationToken, Task<T>> call, CallKind kind, CancellationToken cancellationToken)
    {
        var target = migrations.Resolve(chatId);
        try
        {
            return await GatedAsync(method, target, isMessage, call, kind, cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.Parameters?.MigrateToChatId is { } moved)
        {
            LogMigrated(method, target, moved);
            await mover.MoveAsync(target, moved, cancellationToken);
            return await GatedAsync(method, moved, isMessage, call, kind, cancellationToken);
        }
    }

    private async Task<T> GatedAsync<T>(string method, long chatId, bool isMessage, Func<ITelegramBotClient, long, CancellationToken, Task<T>> call, CallKind kind, CancellationToken cancellationToken)
    {
        if (!isMessage)
        {
            return await RetryAsync(method, (client, ct) => call(client, chatId, ct), kind, cancellationToken);
        }

        using var slot = await gate.EnterAsync(chatId, cancellationToken);
        return await RetryAsync(method, (client, ct) => call(client, chatId, ct), kind, cancellationToken);
    }

    /// <summary>
    /// Our own 429 loop rather than the library's RetryThreshold (set to 0): the library re-sends one buffered body,
    /// so an upload would sit in memory whole, and it waits on the wall clock; here each attempt builds its request
    /// (and reopens its file) and waits on <see cref="TimeProvider"/>.
    /// </summary>
    private async Task<T> RetryAsync<T>(string method, Func<ITelegramBotClient, CancellationToken, Task<T>> call, CallKind kind, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AttemptAsync(method, call, kind, cancellationToken);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429)
            {
                metrics.RateLimited(Platforms.Telegram);
                var wait = ex.RetryAfter() ?? TimeSpan.FromSeconds(1);
                if (attempt >= MaxAttempts || wait > options.Value.MaxRetryAfterWait)
                {
                    throw;
                }

                LogFloodWait(method, wait, attempt);
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }

    private async Task<T> AttemptAsync<T>(string method, Func<ITelegramBotClient, CancellationToken, Task<T>> call, CallKind kind, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var limit = TimeoutOf(kind);
        timeout.CancelAfter(limit);
        try
        {
            return await call(bot, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TelegramTransportException(method, $"no answer within {limit.TotalSeconds:0} s");
        }
        catch (RequestException ex) when (ex is not ApiRequestException)
        {
            throw new TelegramTransportException(method, Redact(ex));
        }
    }

    private TimeSpan TimeoutOf(CallKind kind)
    {
        var settings = options.Value;
        return kind switch
        {
            // The server holds a long poll for up to PollTimeout; give the answer time to travel.
            CallKind.LongPoll => settings.PollTimeout + TimeSpan.FromSeconds(15),
            CallKind.Upload => settings.UploadTimeout,
            _ => settings.RequestTimeout,
        };
    }

    /// <summary>The exception chain as one line, with the token cut out wherever it might appear.</summary>
    private string Redact(Exception exception)
    {
        var parts = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            parts.Add(current is RequestException ? current.Message : $"{current.GetType().Name}: {current.Message}");
        }

        var text = string.Join(" → ", parts);
        var token = options.Value.BotToken;
        return string.IsNullOrEmpty(token) ? text : text.Replace(token, "[token]", StringComparison.Ordinal);
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Telegram flood control on {Method}: waiting {Wait} before attempt {Attempt}")]
    private partial void LogFloodWait(string method, TimeSpan wait, int attempt);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Telegram {Method}: chat {From} became supergroup {To}; repeating there")]
    private partial void LogMigrated(string method, long from, long to);
}
