using MusicBot.Core.Providers;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Rendering;

/// <summary>One message per track: an embed with title, style, duration, cover and a lyrics excerpt, plus the audio file or link.</summary>
public static class TrackRenderer
{
    public static MessagePayload Message(long taskId, ProviderTrack track, string? attachmentName, string? link, string? note)
    {
        ArgumentNullException.ThrowIfNull(track);
        var fields = new List<EmbedField>
        {
            new("Duration", DiscordText.Duration(track.DurationSeconds), Inline: true),
            new("Take", track.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), Inline: true),
        };
        if (!string.IsNullOrWhiteSpace(track.Lyrics))
        {
            fields.Add(new("Lyrics", DiscordText.Truncate(DiscordText.Escape(track.Lyrics), 600)));
        }

        var description = DiscordText.Truncate(DiscordText.Escape(track.Style), 1000);
        if (link is not null)
        {
            description = $"{description}\n▶️ [Listen]({link})".Trim();
        }
        else if (note is not null)
        {
            description = $"{description}\n{note}".Trim();
        }

        var embed = new Embed
        {
            Title = $"🎵 {DiscordText.Escape(track.Title ?? "Untitled")}",
            Description = description.Length == 0 ? null : description,
            Url = link,
            Color = DiscordRenderer.Green,
            Fields = fields,
            Thumbnail = IsWebImage(track.ImageUrl) ? new EmbedMedia(track.ImageUrl!) : null,
            Footer = new EmbedText($"Song #{taskId} · take {track.Index}"),
        };
        var message = DiscordRenderer.WithEmbed(embed);
        return attachmentName is null ? message : message with { Attachments = [new AttachmentRef(0, attachmentName, "Generated audio")] };
    }

    private static bool IsWebImage(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == "https";
}
