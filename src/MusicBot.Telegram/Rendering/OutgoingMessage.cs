using Telegram.Bot.Types.ReplyMarkups;

namespace MusicBot.Telegram.Rendering;

/// <summary>
/// A rendered message: HTML text and what goes under it. The constructor enforces Telegram's 4096-character limit;
/// the renderers keep user text short, so the fallback (plain text, cut) only catches a renderer bug.
/// </summary>
public sealed record OutgoingMessage
{
    public const int MaxLength = 4096;

    public OutgoingMessage(string html, ReplyMarkup? markup = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        Html = Rendering.Html.VisibleLength(html) <= MaxLength
            ? html
            : Rendering.Html.Escape(Rendering.Html.Shorten(Rendering.Html.ToPlain(html), MaxLength));
        Markup = markup;
    }

    public string Html { get; }

    public ReplyMarkup? Markup { get; }
}
