using MusicBot.Core.Chat;
using MusicBot.Core.Conversations;
using MusicBot.Core.Generation;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Api.Requests;
using MusicBot.Telegram.Delivery;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Chat;

/// <summary>
/// One progress message per task: it is sent before the task exists, its id travels with the task as the delivery
/// target's reply context, and every later notice (lyrics, first take, done or failed) edits it, even after a restart.
/// </summary>
public sealed class GenerateFlow(TelegramBotClient client, ProgressBoard board)
{
    public async Task RunAsync(ChatContext context, Func<DeliveryTarget, Task<ChatReply>> submit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(submit);
        var progress = await client.SendMessageAsync(
            new SendMessageRequest
            {
                ChatId = context.ChatId,
                Text = "⏳ Sending your draft to the music service…",
                ReplyParameters = new ReplyParameters(context.MessageId),
            },
            cancellationToken);

        var reply = await submit(context.Target(progress.MessageId));
        var isQueued = reply is GenerateReply { Outcome: GenerateOutcome.Queued };
        var html = ChatReplyRenderer.Render(reply, context.From.Id).Html;
        await board.EditAsync(
            progress.Chat.Id,
            progress.MessageId,
            isQueued ? ProgressRank.Queued : ProgressRank.Final,
            ct => client.EditMessageTextAsync(new EditMessageTextRequest { ChatId = progress.Chat.Id, MessageId = progress.MessageId, Text = html }, ct),
            cancellationToken);
    }
}
