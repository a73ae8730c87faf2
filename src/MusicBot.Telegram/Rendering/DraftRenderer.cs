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

    public static string Render(string? headline, DraftView view, IReadOnlyList<FieldRefusal>? refused = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var draft = view.Draft;
        var text = new StringBuilder();
        if (headline is not null)
        {
            text.Append(Html.Text(headline, 200)).Append('\n');
        }

        foreach (var refusal in refused ?? [])
        {
            text.Append("⚠️ Not changed: ").Append(Html.Text(Words.Phrases.Refused(refusal), 300)).Append('\n');
        }

        text.Append("📝 <b>Draft</b> for ").Append(Html.Escape(view.Provider)).Append(" (").Append(Html.Text(view.Model, 60)).Append(")\n");
        Field(text, "Style", draft.Style);
        Field(text, "Lyrics", draft.Lyrics);
        Field(text, "Title", draft.Title);
        text.Append("<b>Instrumental:</b> ").Append(draft.Instrumental ? "on" : "off").Append('\n');
        if (draft.NegativeTags is not null)
        {
            Field(text, "Avoid", draft.NegativeTags);
        }

        if (draft.VocalGender is not null)
        {
            Field(text, "Voice", draft.VocalGender);
        }

        var missing = view.Report.Missing.ToList();
        if (missing.Count > 0)
        {
            text.Append("\n<b>Still missing:</b> ")
                .Append(string.Join("; ", missing.Select(v => Html.Text(Words.Phrases.MissingItem(v), 300))))
                .Append('\n');
        }

        foreach (var problem in view.Report.Violations.Where(v => !v.IsMissing).Take(12))
        {
            text.Append("⚠️ ").Append(Html.Text(Words.Phrases.Violation(problem), 300)).Append('\n');
        }

        foreach (var note in view.Report.Notes.Take(6))
        {
            text.Append("ℹ️ ").Append(Html.Text(Words.Phrases.Note(note), 300)).Append('\n');
        }

        text.Append(view.Report.IsValid ? "\nReady: press Generate or send /generate." : "\nFix the above, then /generate.");
        return text.ToString();
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        text.Append("<b>").Append(name).Append(":</b> ");
        if (string.IsNullOrWhiteSpace(value))
        {
            text.Append("<i>none</i>\n");
            return;
        }

        text.Append(Html.Text(value, FieldPreview));
        if (value.Length > FieldPreview)
        {
            text.Append(" <i>(").Append(value.Length).Append(" characters)</i>");
        }

        text.Append('\n');
    }
}
