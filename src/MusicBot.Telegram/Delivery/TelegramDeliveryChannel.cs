using System.Globalization;
using MusicBot.Core.Conversations;
using MusicBot.Core.Delivery;
using MusicBot.Telegram.Api;
using Telegram.Bot.Exceptions;

namespace MusicBot.Telegram.Delivery;

/// <summary>
/// Delivers a task's notices to the Telegram chat it came from and tells the outbox what Telegram said: accepted,
/// try again (flood control with its wait, network, server errors), or give up (blocked, kicked, refused request).
/// </summary>
public sealed class TelegramDeliveryChannel(ProgressNotifier progress, TrackSender tracks, LyricsSender lyrics) : IDeliveryChannel
{
    public string Platform => Platforms.Telegram;

    public async Task<DeliveryResult> SendAsync(PendingDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (!long.TryParse(delivery.Target.ChannelId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            return DeliveryResult.GiveUp("the target is not a Telegram chat id");
        }

        try
        {
            var send = delivery.Notice.Kind switch
            {
                NoticeKind.Track => tracks.SendAsync(chatId, delivery, cancellationToken),
                NoticeKind.Lyrics => lyrics.SendAsync(chatId, delivery, cancellationToken),
                _ => progress.ShowAsync(chatId, delivery, cancellationToken),
            };
            await send;

            return DeliveryResult.Accepted;
        }
        catch (ApiRequestException ex)
        {
            return Classify(ex);
        }
        catch (Exception ex) when (ex is TelegramTransportException or MediaUnavailableException)
        {
            return DeliveryResult.Retry(ex.Message);
        }
    }

    private static DeliveryResult Classify(ApiRequestException ex) => ex.ErrorCode switch
    {
        429 => DeliveryResult.Retry(ex.Message, ex.RetryAfter()),

        // Blocked, kicked, chat deleted, or a request Telegram will never take: repeating cannot help.
        400 or 403 => DeliveryResult.GiveUp(ex.Message),
        _ => DeliveryResult.Retry(ex.Message),
    };
}
