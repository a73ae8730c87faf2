using MusicBot.Core.Chat;
using MusicBot.Core.Conversations;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Delivery;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Chat;

/// <summary>
/// One progress message per task: it is sent before the task exists, its id travels with the task as the delivery
/// target's reply context, and every later notice (lyrics, first take, done or failed) edits it, even after a restart.
/// New songs and operations on a song (extend, WAV, stems, AI lyrics, …) share it.
/// </summary>
public sealed class GenerateFlow(BotApi api, ProgressBoard board)
{
    /// <summary>The chat commands that start a task, with the operation each runs (null: a new song from the draft).</summary>
    private static readonly Dictionary<string, OperationKind?> TaskCommands = Enum.GetValues<OperationKind>()
        .Select(kind => (Name: OperationArguments.CommandName(kind), Kind: (OperationKind?)kind))
        .Append(("generate", null))
        .ToDictionary(c => c.Name, c => c.Kind, StringComparer.Ordinal);

    /// <summary>True when <paramref name="commandName"/> starts a task and so runs through this flow.</summary>
    public static bool StartsATask(string commandName, out OperationKind? operation) => TaskCommands.TryGetValue(commandName, out operation);

    public async Task RunAsync(ChatContext context, OperationKind? operation, Func<DeliveryTarget, Task<ChatReply>> submit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(submit);
        var progress = await api.SendHtmlAsync(context.ChatId, OperationWords.Sending(operation), cancellationToken, BotApi.ReplyTo(context.MessageId));

        var reply = await submit(context.Target(progress.MessageId));
        var isQueued = reply is GenerateReply { Outcome: GenerateOutcome.Queued };
        var html = ChatReplyRenderer.Render(reply, context.From.Id).Html;
        await board.EditAsync(
            progress.Chat.Id,
            progress.MessageId,
            isQueued ? ProgressRank.Queued : ProgressRank.Final,
            ct => api.EditHtmlAsync(progress.Chat.Id, progress.MessageId, html, ct),
            cancellationToken);
    }
}
