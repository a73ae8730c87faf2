using MusicBot.Localization;
using MusicBot.Messages;

namespace MusicBot.Telegram.Rendering;

/// <summary>
/// The catalog in one user's language, as Telegram words it: the shared phrases in the text command grammar, and the
/// Telegram frames (<c>telegram.*</c> keys) as HTML, whose own words and plain values are escaped; values already in
/// HTML (a bold amount, an escaped title) go in as <see cref="Markup"/>.
/// </summary>
public sealed class Words(Phrases phrases)
{
    public static Words English { get; } = For(Languages.English);

    public Phrases Phrases => phrases;

    public Language Language => phrases.Catalog.Language;

    /// <summary>Words over the static catalog (no reporting of fallbacks): for tests and the English default.</summary>
    public static Words For(Language language) => new(new Phrases(MessageCatalog.For(language), TextCommandSyntax.Instance));

    /// <summary>A frame as Telegram HTML.</summary>
    public string Html(string key, params ReadOnlySpan<(string Name, object? Value)> values) =>
        phrases.Catalog.Text(key, Rendering.Html.Escape, values);

    /// <summary>A frame as plain text (button labels, toasts, placeholders).</summary>
    public string Plain(string key, params ReadOnlySpan<(string Name, object? Value)> values) => phrases.Catalog.Text(key, values);

    public string PluralHtml(string key, long count, params ReadOnlySpan<(string Name, object? Value)> values) =>
        phrases.Catalog.Plural(key, count, Rendering.Html.Escape, values);

    public string Credits(long count) => phrases.Credits(count);

    /// <summary>"Song #12" in bold, as messages of a task name it.</summary>
    public Markup Song(long taskId) => new($"<b>{Html("telegram.song", ("song", Phrases.Number(taskId)))}</b>");

    public static string Capitalize(string text) => Phrases.Capitalize(text);

    /// <summary>A value already escaped (and shortened) for HTML.</summary>
    public static Markup Raw(string html) => new(html);

    /// <summary>User text shortened and escaped.</summary>
    public static Markup Text(string? text, int max) => new(Rendering.Html.Text(text, max));

    public static Markup Bold(string html) => new($"<b>{html}</b>");

    public static Markup Code(string text) => new($"<code>{Rendering.Html.Escape(text)}</code>");
}
