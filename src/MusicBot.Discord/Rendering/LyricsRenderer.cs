using System.Globalization;
using System.Text;
using MusicBot.Core.Delivery;
using MusicBot.Core.Songs;
using MusicBot.Discord.Json;
using MusicBot.Discord.Rest;

namespace MusicBot.Discord.Rendering;

/// <summary>
/// One message per AI-written lyrics variant: the lyrics in an embed, and whether this variant is the one saved to
/// the draft. Lyrics longer than an embed description are cut there and attached in full as a <c>.txt</c> file.
/// </summary>
public static class LyricsRenderer
{
    /// <summary>What is shown of lyrics that are attached instead.</summary>
    private const int Excerpt = 1000;

    public static (MessagePayload Message, DiscordFile? File) Variant(long taskId, Notice.LyricsVersion notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var variant = notice.Track;
        var number = variant.Index.ToString(CultureInfo.InvariantCulture);
        var lyrics = (variant.Lyrics ?? "").Trim();
        var escaped = DiscordText.Escape(lyrics);
        var fits = escaped.Length <= MessageLimits.Description;
        var file = fits ? null : DiscordFile.FromBytes(
            $"lyrics-{taskId}-{number}.txt", "text/plain; charset=utf-8", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(lyrics), "Lyrics");
        var draft = notice.SavedToDraft
            ? "✅ This one is saved to your draft: `/music draft show` shows it, `/music generate` sings it."
            : "Not saved. To use this one instead, put it in your draft with `/music draft lyrics`.";
        var embed = new Embed
        {
            Title = $"📝 {DiscordText.Escape(variant.Title ?? notice.Title ?? "Lyrics")}",
            Description = fits ? escaped : $"{DiscordText.Truncate(escaped, Excerpt)}\n\n📎 Too long for a message: the full lyrics are in the attached file.",
            Color = DiscordRenderer.Blue,
            Fields = [new EmbedField("Draft", draft)],
            Footer = new EmbedText($"Song #{taskId} · version {number}"),
        };
        var message = DiscordRenderer.WithEmbed(embed);
        return file is null ? (message, null) : (message with { Attachments = [new AttachmentRef(0, file.FileName, file.Description)] }, file);
    }
}
