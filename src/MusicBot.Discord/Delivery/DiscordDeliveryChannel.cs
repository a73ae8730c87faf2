using Microsoft.Extensions.Logging;
using MusicBot.Core.Conversations;
using MusicBot.Core.Delivery;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Json;
using MusicBot.Discord.Rendering;
using MusicBot.Discord.Rest;

namespace MusicBot.Discord.Delivery;

/// <summary>
/// Sends a task's notices to Discord. While the interaction token is valid (15 minutes, less a minute of margin),
/// progress edits the original response and each track is a follow-up; after that, or when Discord says the token
/// is gone, the result and the tracks become channel messages (progress steps are skipped: they only make sense as an
/// edit). AI lyrics are the exception: they answered privately, so their variants are ephemeral follow-ups and they
/// never fall back to the channel (the saved variant stays in the draft). Discord's answer decides between done,
/// retry later and give up.
/// </summary>
public sealed partial class DiscordDeliveryChannel(
    DiscordApi api,
    AckRegistry acks,
    TrackAudio audio,
    TrackViewReader views,
    TimeProvider time,
    ILogger<DiscordDeliveryChannel> logger) : IDeliveryChannel
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan TokenMargin = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan AckWait = TimeSpan.FromMilliseconds(200);

    public string Platform => Platforms.Discord;

    public async Task<DeliveryResult> SendAsync(PendingDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var reply = DiscordReplyContext.Parse(delivery.Target.ReplyContext);
        if (reply is not null && acks.IsPending(reply.InteractionId))
        {
            return DeliveryResult.Retry("the interaction's first answer is not sent yet", AckWait);
        }

        var webhook = reply is not null && time.GetUtcNow() - reply.ReceivedAt < TokenLifetime - TokenMargin ? reply : null;
        return delivery.Notice switch
        {
            Notice.TrackReady track => await SendTrackAsync(delivery, track, reply, webhook, cancellationToken),
            Notice.LyricsVersion version => await SendLyricsAsync(delivery, version, webhook, cancellationToken),
            _ => await SendStatusAsync(delivery, webhook, cancellationToken),
        };
    }

    private static bool IsPrivate(Notice notice) => notice.Operation == OperationKind.Lyrics;

    private async Task<DeliveryResult> SendStatusAsync(PendingDelivery delivery, DiscordReplyContext? webhook, CancellationToken cancellationToken)
    {
        var message = ProgressRenderer.Status(delivery.TaskId, delivery.Notice);
        if (message is null)
        {
            return DeliveryResult.Accepted;
        }

        if (webhook is not null)
        {
            var edited = await api.EditOriginalAsync(webhook.ApplicationId, webhook.Token, message, null, cancellationToken);
            if (IsNotKnownYet(edited, webhook))
            {
                return DeliveryResult.Retry("Discord has not seen the interaction's first answer yet", AckWait);
            }

            if (!IsGone(edited))
            {
                return Map(edited, delivery);
            }

            var reason = edited.Describe();
            LogTokenGone(delivery.TaskId, reason);
        }

        if (delivery.Notice.Kind is NoticeKind.LyricsReady or NoticeKind.FirstTrackReady || IsPrivate(delivery.Notice))
        {
            return DeliveryResult.Accepted;
        }

        return Map(await api.CreateMessageAsync(delivery.Target.ChannelId, message, null, cancellationToken), delivery);
    }

    private async Task<DeliveryResult> SendTrackAsync(
        PendingDelivery delivery, Notice.TrackReady notice, DiscordReplyContext? reply, DiscordReplyContext? webhook, CancellationToken cancellationToken)
    {
        var track = notice.Track;
        var limit = reply?.AttachmentLimit ?? DiscordReplyContext.DefaultAttachmentLimit;
        var view = await views.ReadAsync(delivery.TaskId, notice, cancellationToken);
        var prepared = await audio.PrepareAsync(view.FileStem, track, limit, cancellationToken);
        var result = await PostTrackAsync(delivery, webhook, view, track, prepared, cancellationToken);
        if (webhook is not null && IsNotKnownYet(result, webhook))
        {
            return DeliveryResult.Retry("Discord has not seen the interaction's first answer yet", AckWait);
        }

        if (prepared.File is { } file && result.IsTooLarge)
        {
            // Discord's real cap was lower than the one it stated: the track still goes out, with its link instead.
            LogTooLarge(delivery.TaskId, file.Length, result.Describe());
            result = await PostTrackAsync(delivery, webhook, view, track, TrackAudio.Unattached(track, file.Length), cancellationToken);
        }

        return Map(result, delivery);
    }

    private async Task<DiscordRestResult> PostTrackAsync(PendingDelivery delivery, DiscordReplyContext? webhook, TrackView view, ProviderTrack track, TrackFile prepared, CancellationToken cancellationToken)
    {
        var message = TrackRenderer.Message(view, track, prepared.File?.FileName, prepared.Link, prepared.Note);
        IReadOnlyList<DiscordFile>? files = prepared.File is null ? null : [prepared.File];
        if (webhook is not null)
        {
            var posted = await api.FollowUpAsync(webhook.ApplicationId, webhook.Token, message, files, cancellationToken);
            if (!IsGone(posted) || IsNotKnownYet(posted, webhook))
            {
                return posted;
            }

            var reason = posted.Describe();
            LogTokenGone(delivery.TaskId, reason);
        }

        return await api.CreateMessageAsync(delivery.Target.ChannelId, message, files, cancellationToken);
    }

    private async Task<DeliveryResult> SendLyricsAsync(PendingDelivery delivery, Notice.LyricsVersion version, DiscordReplyContext? webhook, CancellationToken cancellationToken)
    {
        if (webhook is null)
        {
            LogKeptPrivate(delivery.TaskId);
            return DeliveryResult.Accepted;
        }

        var (message, file) = LyricsRenderer.Variant(delivery.TaskId, version);
        var posted = await api.FollowUpAsync(
            webhook.ApplicationId, webhook.Token, message with { Flags = MessagePayload.EphemeralFlag }, file is null ? null : [file], cancellationToken);
        if (IsNotKnownYet(posted, webhook))
        {
            return DeliveryResult.Retry("Discord has not seen the interaction's first answer yet", AckWait);
        }

        if (IsGone(posted))
        {
            LogKeptPrivate(delivery.TaskId);
            return DeliveryResult.Accepted;
        }

        return Map(posted, delivery);
    }

    private bool IsNotKnownYet(DiscordRestResult result, DiscordReplyContext webhook) =>
        FirstAnswer.IsNotKnownYet(result, time.GetUtcNow() - webhook.ReceivedAt);

    /// <summary>The token expired or the original response was deleted: the channel is the only way left.</summary>
    private static bool IsGone(DiscordRestResult result) =>
        result.IsInteractionTokenGone || result.ErrorCode == DiscordRestResult.UnknownMessage;

    private DeliveryResult Map(DiscordRestResult result, PendingDelivery delivery)
    {
        if (result.IsSuccess)
        {
            return DeliveryResult.Accepted;
        }

        var description = result.Describe();
        LogRefused(delivery.Id, delivery.TaskId, description);
        return result.StatusCode switch
        {
            429 => DeliveryResult.Retry(result.Describe(), result.RetryAfter),
            0 or >= 500 => DeliveryResult.Retry(result.Describe()),
            // Bad payload, no access, unknown channel, too large: sending the same again cannot succeed.
            400 or 403 or 404 or 413 => DeliveryResult.GiveUp(result.Describe()),
            _ => DeliveryResult.Retry(result.Describe()),
        };
    }

    [LoggerMessage(EventId = 5501, Level = LogLevel.Information, Message = "Task {TaskId}: the interaction token is no longer usable ({Result}); using the channel")]
    private partial void LogTokenGone(long taskId, string result);

    [LoggerMessage(EventId = 5504, Level = LogLevel.Warning, Message = "Task {TaskId}: Discord refused a {Bytes}-byte upload as too large ({Result}); sending the track without it")]
    private partial void LogTooLarge(long taskId, long bytes, string result);

    [LoggerMessage(EventId = 5503, Level = LogLevel.Information, Message = "Task {TaskId}: AI lyrics are private and the interaction token is gone; the variant is not posted (the chosen one is in the draft)")]
    private partial void LogKeptPrivate(long taskId);

    [LoggerMessage(EventId = 5502, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} of task {TaskId} refused by Discord: {Result}")]
    private partial void LogRefused(long deliveryId, long taskId, string result);
}
