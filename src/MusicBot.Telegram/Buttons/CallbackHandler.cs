using Microsoft.Extensions.Logging;
using MusicBot.Core.Chat;
using MusicBot.Core.Conversations;
using MusicBot.Core.Drafts;
using MusicBot.Core.Generation;
using MusicBot.Core.Observability;
using MusicBot.Core.Operations;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Chat;
using MusicBot.Telegram.Rendering;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace MusicBot.Telegram.Buttons;

/// <summary>
/// A button press. It is answered first (Telegram's client spins until then) and then acted on: draft buttons edit
/// the draft message in place, even when the answer failed (a press answered too late is "query is too old", but
/// the change was applied and the message must show it); Generate, Regenerate and the operations on a take (Extend, WAV, Stems) start a task
/// with its own progress message. Buttons carry their owner, so in a group nobody presses another member's buttons.
/// </summary>
public sealed partial class CallbackHandler(
    BotApi api,
    DraftService drafts,
    GenerationService generation,
    TrackOperationService operations,
    IGenerationTaskRepository tasks,
    ChatReplies replies,
    GenerateFlow generateFlow,
    MusicBotMetrics metrics,
    TimeProvider time,
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
        // An InaccessibleMessage (deleted, or too old for the bot to see) arrives with date 0.
        if (query.Message is not { } message || message.Date == default)
        {
            return (Answer.Toast("This button has expired. Send /draft for a fresh one."), null);
        }

        if (CallbackData.Parse(query.Data) is not { } data)
        {
            return (Answer.Toast("This button is no longer supported. Send /draft for a fresh one."), null);
        }

        if (data.OwnerId != query.From.Id)
        {
            return (Answer.Alert("These buttons belong to someone else. Send /draft for your own."), null);
        }

        var context = new ChatContext(message.Chat, query.From, message.MessageId);
        var requestKey = $"{context.User.Scope}:cb:{query.Id}";
        return data.Action switch
        {
            CallbackAction.Generate => (Answer.Toast("Submitting…"), ct => generateFlow.RunAsync(
                context, null, async target => new GenerateReply(await generation.GenerateAsync(new GenerateCommand(context.User, target, requestKey), ct)), ct)),
            CallbackAction.Instrumental => await SetAsync(context, DraftField.Instrumental, data.Argument == "1" ? "on" : "off", cancellationToken),
            CallbackAction.SetModel => await SetAsync(context, DraftField.Model, data.Argument, cancellationToken),
            CallbackAction.Models => (Answer.None, async ct =>
            {
                var view = await drafts.ShowAsync(context.User, ct);
                await replies.EditAsync(context, new OutgoingMessage(DraftRenderer.Render("Pick a model:", view), Keyboards.Models(view, query.From.Id)), ct);
            }),
            CallbackAction.Back => (Answer.None, async ct => await ShowDraftAsync(context, null, await drafts.ShowAsync(context.User, ct), ct)),
            CallbackAction.Clear => (Answer.Toast("Draft cleared."), async ct => await ShowDraftAsync(context, "Draft cleared.", await drafts.ClearAsync(context.User, ct), ct)),
            CallbackAction.Regenerate => await RegenerateAsync(context, data, requestKey, cancellationToken),
            CallbackAction.Extend => await OperateAsync(context, data, OperationKind.Extend, requestKey, cancellationToken),
            CallbackAction.Wav => await OperateAsync(context, data, OperationKind.Wav, requestKey, cancellationToken),
            CallbackAction.Stems => await OperateAsync(context, data, OperationKind.Stems, requestKey, cancellationToken),
            _ => (Answer.Toast("This button is no longer supported."), null),
        };
    }

    private async Task<(Answer, Func<CancellationToken, Task>?)> SetAsync(ChatContext context, DraftField field, string? value, CancellationToken cancellationToken)
    {
        var edit = await drafts.SetAsync(context.User, field, value, cancellationToken);
        if (!edit.IsApplied)
        {
            return (Answer.Alert(Html.Shorten(edit.Problem ?? "Not changed.", 200)), null);
        }

        var headline = $"{Words.Capitalize(DraftFieldNames.Display(field))}: {(field == DraftField.Model ? edit.View.Model : value)}.";
        return (Answer.Toast(headline), ct => ShowDraftAsync(context, headline, edit.View, ct));
    }

    private async Task<(Answer, Func<CancellationToken, Task>?)> RegenerateAsync(ChatContext context, CallbackData data, string requestKey, CancellationToken cancellationToken)
    {
        var task = await FindTaskAsync(data, cancellationToken);
        if (task is null || task.User != context.User)
        {
            return (Answer.Alert("That song is not one of yours here, or it is no longer known."), null);
        }

        return (Answer.Toast("Submitting again…"), ct => generateFlow.RunAsync(
            context, null, async target => new GenerateReply(await generation.ResubmitAsync(new GenerateCommand(context.User, target, requestKey), task.Request, ct)), ct));
    }

    /// <summary>
    /// Extend, WAV or Stems on the pressed take. Core checks the rest (a finished song, a provider that offers the
    /// operation, credits) and its refusal lands in the progress message like any other outcome.
    /// </summary>
    private async Task<(Answer, Func<CancellationToken, Task>?)> OperateAsync(
        ChatContext context, CallbackData data, OperationKind kind, string requestKey, CancellationToken cancellationToken)
    {
        var take = TakeReference.Parse(data.Argument);
        var task = await FindTaskAsync(data, cancellationToken);
        if (take is null || task is null || task.User != context.User)
        {
            return (Answer.Alert("That song is not one of yours here, or it is no longer known."), null);
        }

        return (Answer.Toast($"{Words.Capitalize(OperationWords.Activity(kind)!)}…"), ct => generateFlow.RunAsync(context, kind, async target =>
        {
            var number = await TakeNumberAsync(task.Id, take.TrackIndex, ct);
            return new GenerateReply(await operations.StartAsync(new OperationCommand(context.User, target, requestKey, kind, task.Id, number), ct));
        }, ct));
    }

    /// <summary>
    /// Core counts takes 1, 2, … among the song's tracks with audio (as the user numbers them); a button names the
    /// track's index. They agree for every provider today; mapping keeps them agreeing if a take ever lacks audio.
    /// </summary>
    private async Task<int?> TakeNumberAsync(long taskId, int? trackIndex, CancellationToken cancellationToken)
    {
        if (trackIndex is not { } index)
        {
            return null;
        }

        var playable = (await tasks.GetTracksAsync(taskId, cancellationToken)).Where(t => t.HasAudio).OrderBy(t => t.Index).ToList();
        var position = playable.FindIndex(t => t.Index == index);
        return position >= 0 ? position + 1 : index;
    }

    private async Task<GenerationTask?> FindTaskAsync(CallbackData data, CancellationToken cancellationToken) =>
        TakeReference.Parse(data.Argument) is { } take ? await tasks.GetAsync(take.TaskId, cancellationToken) : null;

    private async Task ShowDraftAsync(ChatContext context, string? headline, DraftView view, CancellationToken cancellationToken) =>
        await replies.EditAsync(context, new OutgoingMessage(DraftRenderer.Render(headline, view), Keyboards.Draft(view, context.From.Id)), cancellationToken);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Telegram: answering button press {QueryId} failed; acting on it anyway")]
    private partial void LogAnswerFailed(Exception exception, string queryId);

    /// <summary>What the user sees on pressing: nothing, a toast, or an alert to dismiss (at most 200 characters).</summary>
    private sealed record Answer(string? Text, bool IsAlert)
    {
        public static Answer None { get; } = new(null, false);

        public static Answer Toast(string text) => new(text, false);

        public static Answer Alert(string text) => new(text, true);
    }
}
