namespace MusicBot.Telegram;

/// <summary>How updates reach the bot; the two are mutually exclusive on Telegram's side.</summary>
public enum TelegramMode
{
    /// <summary>Long polling with getUpdates: works behind NAT, needs no public address.</summary>
    Polling,

    /// <summary>Telegram POSTs each update to <see cref="TelegramOptions.WebhookUrl"/>.</summary>
    Webhook,
}
