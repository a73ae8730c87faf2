using System.Globalization;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Rendering;

/// <summary>
/// One message per track (a take, a stem or a WAV copy): an embed with title, style, duration, cover and a lyrics
/// excerpt, plus the audio file or link, and an Extend button on music the provider can continue.
/// </summary>
public static class TrackRenderer
{
    public static MessagePayload Message(TrackView view, ProviderTrack track, string? attachmentName, string? link, string? note)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(track);
        var take = view.Take.ToString(CultureInfo.InvariantCulture);
        var fields = new List<EmbedField> { new("Duration", DiscordText.Duration(track.DurationSeconds), Inline: true) };
        var (icon, part, footer) = view.Operation switch
        {
            OperationKind.Stems => ("🎚️", new EmbedField("Stem", take, Inline: true), $"Song #{view.TaskId} · stem {take}"),
            OperationKind.Wav => ("💾", new EmbedField("Format", "WAV", Inline: true), $"Song #{view.TaskId} · WAV"),
            _ => ("🎵", new EmbedField("Take", take, Inline: true), $"Song #{view.TaskId} · take {take}"),
        };
        fields.Add(part);
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
            Title = $"{icon} {DiscordText.Escape(track.Title ?? "Untitled")}",
            Description = description.Length == 0 ? null : description,
            Url = link,
            Color = DiscordRenderer.Green,
            Fields = fields,
            Thumbnail = IsWebImage(track.ImageUrl) ? new EmbedMedia(track.ImageUrl!) : null,
            Footer = new EmbedText(footer),
        };
        List<Component>? buttons = view.CanExtend ? [DiscordRenderer.Row(DiscordRenderer.Button("Extend", CustomIds.ExtendTake(view.TaskId, view.Take)))] : null;
        var message = DiscordRenderer.WithEmbed(embed, buttons);
        return attachmentName is null ? message : message with { Attachments = [new AttachmentRef(0, attachmentName, "Generated audio")] };
    }

    private static bool IsWebImage(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == "https";
}
