using System.Globalization;
using Microsoft.Extensions.Logging;
using MusicBot.Core.Chat;
using MusicBot.Core.Chat.Commands;
using MusicBot.Core.Conversations;
using MusicBot.Core.Observability;
using MusicBot.Core.Operations;
using MusicBot.Core.Songs;
using MusicBot.Messages;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Chat;
using MusicBot.Telegram.Rendering;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace MusicBot.Telegram.Buttons;

/// <summary>
/// A button press becomes a Core invocation, like a typed command. It is answered first (Telegram's client spins until
/// then) and then acted on: draft buttons edit the draft message in place, even when the answer failed (a press
/// answered too late is "query is too old", but the change was applied and the message must show it); Generate,
/// Regenerate and the operations on a take (Extend, WAV, Stems) start a task with its own progress message. A keyboard
/// carries the member it was shown to, so in a group nobody presses another member's keyboard; whose song a button
/// acts on is Core's to check.
/// </summary>
public sealed partial class CallbackHandler(
    BotApi api,
    ChatCommandRouter router,
    ChatReplies replies,
    GenerateFlow generateFlow,
    MusicBotMetrics metrics,
    TimeProvider time,
    TelegramLanguages languages,
    ILogger<CallbackHandler> logger)
{
    public async Task HandleAsync(CallbackQuery query, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (answer, then) = await DecideAsync(query, cancellationToken);
        try
        {
            await api.CallAsync("answerCallbackQuery", (bot, ct) => bot.AnswerCallbackQuery(query.Id, answer.Text, answer.IsAlert, cancellationToken: ct), cancellationToken);
            metrics.AckLatency(Platforms.Telegram, time.GetUtcNow() - receivedAt);
        }
        catch (Exception ex) when (ex is ApiRequestException or TelegramTransportException)
        {
            // Only the toast is lost; what the press did is shown by the edit that follows.
            LogAnswerFailed(ex, query.Id);
        }

        if (then is not null)
        {
            await then(cancellationToken);
        }
    }

    private async Task<(Answer, Func<CancellationToken, Task>?)> DecideAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        // An InaccessibleMessage (deleted, or too old for the bot to see) arrives with date 0; its chat still names the scope.
        var chatId = query.Message?.Chat.Id ?? query.From.Id;
        var words = await languages.ForAsync(ChatContext.UserIn(chatId, query.From.Id), query.From.LanguageCode, cancellationToken);
        if (query.Message is not { } message || message.Date == default)
        {
            return (Answer.Toast(words.Plain("telegram.button.expired")), null);
        }

        if (CallbackData.Parse(query.Data) is not { } data)
        {
            return (Answer.Toast(words.Plain("telegram.button.unsupported-fresh")), null);
        }

        if (data.OwnerId != query.From.Id)
        {
            return (Answer.Alert(words.Plain("telegram.button.not-yours")), null);
        }

        var context = new ChatContext(message.Chat, query.From, message.MessageId);
        Invocation Invoke(string command, params (string Name, string? Value)[] arguments) => new(
            command,
            CommandArguments.Of(arguments),
            new Invoker(context.User, IsPrivateScope: context.IsPrivate),
            context.Target(null),
            $"cb:{query.Id}");
        var take = TakeReference.Parse(data.Argument);
        return data.Action switch
        {
            CallbackAction.Generate => (Answer.Toast(words.Plain("telegram.button.submitting")), ct => StartAsync(words, context, Invoke("generate"), ct)),
            CallbackAction.Instrumental => await SetAsync(words, context, Invoke("instrumental", ("instrumental", data.Argument == "1" ? "on" : "off")), cancellationToken),
            CallbackAction.SetModel => await SetAsync(words, context, Invoke("model", ("model", data.Argument)), cancellationToken),
            CallbackAction.Models => (Answer.None, async ct =>
            {
                if (await router.HandleAsync(Invoke("draft"), ct) is DraftReply { View: var view })
                {
                    await replies.EditAsync(
                        context,
                        new OutgoingMessage(DraftRenderer.Render(words, words.Plain("telegram.button.pick-model"), view), Keyboards.Models(words, view, query.From.Id)),
                        ct);
                }
            }),
            CallbackAction.Back => (Answer.None, async ct => await ShowAsync(words, context, await router.HandleAsync(Invoke("draft"), ct), ct)),
            CallbackAction.Clear => (Answer.Toast(words.Plain("telegram.headline.cleared")), async ct => await ShowAsync(words, context, await router.HandleAsync(Invoke("clear"), ct), ct)),
            CallbackAction.Regenerate when take is not null =>
                (Answer.Toast(words.Plain("telegram.button.submitting-again")), ct => StartAsync(words, context, Invoke(RegenerateCommand.CommandName, Song(take)), ct)),
            CallbackAction.Extend when take is not null => Operate(words, context, Invoke(OperationArguments.CommandName(OperationKind.Extend), Song(take), Take(take))),
            CallbackAction.Wav when take is not null => Operate(words, context, Invoke(OperationArguments.CommandName(OperationKind.Wav), Song(take), Take(take))),
            CallbackAction.Stems when take is not null => Operate(words, context, Invoke(OperationArguments.CommandName(OperationKind.Stems), Song(take), Take(take))),
            _ => (Answer.Toast(words.Plain("telegram.button.unsupported")), null),
        };
    }

    /// <summary>A draft switch or choice: the toast says what changed, and the draft message shows it.</summary>
    private async Task<(Answer, Func<CancellationToken, Task>?)> SetAsync(Words words, ChatContext context, Invocation invocation, CancellationToken cancellationToken)
    {
        var reply = await router.HandleAsync(invocation, cancellationToken);
        if (reply is DraftRefusedReply refused)
        {
            return (Answer.Alert(Html.Shorten(words.Phrases.Refused(refused.Refusal), 200)), null);
        }

        if (reply is not DraftReply { Field: { } field } draft)
        {
            return (Answer.Toast(words.Plain("telegram.button.not-changed")), null);
        }

        var value = field switch
        {
            DraftField.Model => draft.View.Model,
            DraftField.Instrumental => words.Plain(draft.View.Draft.Instrumental ? "telegram.draft.on" : "telegram.draft.off"),
            _ => invocation.Arguments.Text(ArgumentNames.Of(field)),
        };
        var headline = $"{words.Phrases.FieldTitle(field)}: {value}.";
        return (Answer.Toast(headline), ct => ShowDraftAsync(words, context, headline, draft, ct));
    }

    /// <summary>
    /// Extend, WAV or Stems on the pressed take. Core checks the rest (the song is the presser's, it is finished, its
    /// provider offers the operation, credits) and its refusal lands in the progress message like any other outcome.
    /// </summary>
    private (Answer, Func<CancellationToken, Task>?) Operate(Words words, ChatContext context, Invocation invocation)
    {
        var kind = GenerateFlow.OperationOf(invocation.Command);
        return (Answer.Toast($"{Words.Capitalize(OperationWords.Activity(words, kind)!)}…"), ct => StartAsync(words, context, invocation, ct));
    }

    private Task StartAsync(Words words, ChatContext context, Invocation invocation, CancellationToken cancellationToken) =>
        generateFlow.RunAsync(
            words,
            context,
            GenerateFlow.OperationOf(invocation.Command),
            target => router.HandleAsync(invocation with { Target = target }, cancellationToken),
            cancellationToken);

    private async Task ShowAsync(Words words, ChatContext context, ChatReply reply, CancellationToken cancellationToken)
    {
        if (reply is DraftReply draft)
        {
            await ShowDraftAsync(words, context, ChatReplyRenderer.Headline(words, draft), draft, cancellationToken);
        }
    }

    private async Task ShowDraftAsync(Words words, ChatContext context, string? headline, DraftReply draft, CancellationToken cancellationToken) =>
        await replies.EditAsync(
            context,
            new OutgoingMessage(DraftRenderer.Render(words, headline, draft.View), Keyboards.Draft(words, draft.View, context.From.Id)),
            cancellationToken);

    private static (string, string?) Song(TakeReference take) => (ArgumentNames.Song, take.TaskId.ToString(CultureInfo.InvariantCulture));

    private static (string, string?) Take(TakeReference take) => (ArgumentNames.Take, take.Take?.ToString(CultureInfo.InvariantCulture));

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "Telegram: answering button press {QueryId} failed; acting on it anyway")]
    private partial void LogAnswerFailed(Exception exception, string queryId);

    /// <summary>What the user sees on pressing: nothing, a toast, or an alert to dismiss (at most 200 characters).</summary>
    private sealed record Answer(string? Text, bool IsAlert)
    {
        public static Answer None { get; } = new(null, false);

        public static Answer Toast(string text) => new(text, false);

        public static Answer Alert(string text) => new(text, true);
    }
}
