using System.Text;
using MusicBot.Core.Drafts;
using MusicBot.Core.Songs;
using MusicBot.Messages;

namespace MusicBot.Telegram.Rendering;

/// <summary>
/// The draft as a message: each field shortened (a 3000-character lyric would crowd out everything else), what is
/// missing, what breaks a limit, and whether it is ready. Every user value is escaped.
/// </summary>
public static class DraftRenderer
{
    private const int FieldPreview = 300;

    public static string Render(Words words, string? headline, DraftView view, IReadOnlyList<FieldRefusal>? refused = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(view);
        var phrases = words.Phrases;
        var draft = view.Draft;
        var text = new StringBuilder();
        if (headline is not null)
        {
            text.Append(Html.Text(headline, 200)).Append('\n');
        }

        foreach (var refusal in refused ?? [])
        {
            text.Append("⚠️ ").Append(words.Html("telegram.draft.refused", ("reason", Words.Text(phrases.Refused(refusal), 300)))).Append('\n');
        }

        text.Append("📝 ").Append(words.Html("telegram.draft.header", ("draft", Words.Bold(words.Html("telegram.draft.title"))), ("provider", view.Provider), ("model", Words.Text(view.Model, 60))))
            .Append('\n');
        Field(words, text, phrases.FieldTitle(DraftField.Style), draft.Style);
        Field(words, text, phrases.FieldTitle(DraftField.Lyrics), draft.Lyrics);
        Field(words, text, phrases.FieldTitle(DraftField.Title), draft.Title);
        text.Append("<b>").Append(Html.Escape(phrases.FieldTitle(DraftField.Instrumental))).Append(":</b> ")
            .Append(words.Html(draft.Instrumental ? "telegram.draft.on" : "telegram.draft.off")).Append('\n');
        if (draft.NegativeTags is not null)
        {
            Field(words, text, words.Plain("telegram.draft.avoid"), draft.NegativeTags);
        }

        if (draft.VocalGender is not null)
        {
            Field(words, text, words.Plain("telegram.draft.voice"), draft.VocalGender);
        }

        var missing = view.Report.Missing.ToList();
        if (missing.Count > 0)
        {
            text.Append("\n<b>").Append(words.Html("telegram.draft.missing")).Append("</b> ")
                .Append(string.Join("; ", missing.Select(v => Html.Text(phrases.MissingItem(v), 300))))
                .Append('\n');
        }

        foreach (var problem in view.Report.Violations.Where(v => !v.IsMissing).Take(12))
        {
            text.Append("⚠️ ").Append(Html.Text(phrases.Violation(problem), 300)).Append('\n');
        }

        foreach (var note in view.Report.Notes.Take(6))
        {
            text.Append("ℹ️ ").Append(Html.Text(phrases.Note(note), 300)).Append('\n');
        }

        text.Append('\n').Append(words.Html(view.Report.IsValid ? "telegram.draft.ready" : "telegram.draft.fix"));
        return text.ToString();
    }

    private static void Field(Words words, StringBuilder text, string name, string? value)
    {
        text.Append("<b>").Append(Html.Escape(name)).Append(":</b> ");
        if (string.IsNullOrWhiteSpace(value))
        {
            text.Append("<i>").Append(words.Html("telegram.draft.none")).Append("</i>\n");
            return;
        }

        text.Append(Html.Text(value, FieldPreview));
        if (value.Length > FieldPreview)
        {
            text.Append(" <i>(").Append(Html.Escape(words.Phrases.Characters(value.Length))).Append(")</i>");
        }

        text.Append('\n');
    }
}
