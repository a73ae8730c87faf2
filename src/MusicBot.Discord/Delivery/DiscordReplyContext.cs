using System.Text.Json;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Delivery;

/// <summary>
/// What the delivery channel needs to answer through an interaction, stored with the task as
/// <see cref="Core.Conversations.DeliveryTarget.ReplyContext"/>: the webhook (application id + token), when the
/// interaction arrived (its token lives 15 minutes; the bot's own receive time is used, which is at most moments after
/// Discord created it) and the upload limit Discord gave with it.
/// </summary>
public sealed record DiscordReplyContext(string InteractionId, string ApplicationId, string Token, DateTimeOffset ReceivedAt, long AttachmentLimit)
{
    /// <summary>Discord's default upload limit (reference A6.2) when an interaction does not say.</summary>
    public const long DefaultAttachmentLimit = 10 * 1024 * 1024;

    public string Serialize() => JsonSerializer.Serialize(this, DiscordJsonContext.Default.DiscordReplyContext);

    public static DiscordReplyContext? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(text, DiscordJsonContext.Default.DiscordReplyContext);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
