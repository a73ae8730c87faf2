using MusicBot.Core.Chat;
using MusicBot.Core.Chat.Commands;
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
    /// <summary>The operation commands, so the first progress text can say what is being sent.</summary>
    private static readonly Dictionary<string, OperationKind> Operations = Enum.GetValues<OperationKind>()
        .ToDictionary(OperationArguments.CommandName, kind => kind, StringComparer.Ordinal);

    /// <summary>The operation a task-starting command runs; null for a new song (generate, regenerate).</summary>
    public static OperationKind? OperationOf(string command) => Operations.TryGetValue(command, out var kind) ? kind : null;

    public async Task RunAsync(Words words, ChatContext context, OperationKind? operation, Func<DeliveryTarget, Task<ChatReply>> submit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(submit);
        var progress = await api.SendHtmlAsync(context.ChatId, OperationWords.Sending(words, operation), cancellationToken, BotApi.ReplyTo(context.MessageId));

        var reply = await submit(context.Target(progress.MessageId));
        var isQueued = reply is GenerateReply { Outcome: GenerateOutcome.Queued };
        var html = ChatReplyRenderer.Render(words, reply, context.From.Id).Html;
        await board.EditAsync(
            progress.Chat.Id,
            progress.MessageId,
            isQueued ? ProgressRank.Queued : ProgressRank.Final,
            ct => api.EditHtmlAsync(progress.Chat.Id, progress.MessageId, html, ct),
            cancellationToken);
    }
}
