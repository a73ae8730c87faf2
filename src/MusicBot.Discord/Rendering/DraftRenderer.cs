using System.Globalization;
using System.Text;
using MusicBot.Core.Drafts;
using MusicBot.Core.Songs;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Json;
using MusicBot.Messages;

namespace MusicBot.Discord.Rendering;

/// <summary>The draft preview: the fields, what is missing or over a limit, and the buttons that act on it.</summary>
public static class DraftRenderer
{
    public static MessagePayload Preview(DraftView view, string? headline = null, IReadOnlyList<FieldRefusal>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var draft = view.Draft;
        var fields = new List<EmbedField>
        {
            new("Style", Shown(draft.Style, 1000)),
            new("Lyrics", Shown(draft.Lyrics, 1000)),
            new("Title", Shown(draft.Title, 256), Inline: true),
            new("Instrumental", draft.Instrumental ? "on" : "off", Inline: true),
        };
        if (draft.NegativeTags is not null)
        {
            fields.Add(new("Avoid", Shown(draft.NegativeTags, 1000), Inline: true));
        }

        if (draft.VocalGender is not null)
        {
            fields.Add(new("Voice", draft.VocalGender == "m" ? "male" : "female", Inline: true));
        }

        var embed = new Embed
        {
            Title = $"Draft for {view.Provider} ({view.Model})",
            Description = Status(view, headline, problems),
            Color = view.Report.IsValid ? DiscordRenderer.Green : DiscordRenderer.Orange,
            Fields = fields,
        };
        return DiscordRenderer.WithEmbed(embed, [Buttons(view)]);
    }

    public static Component Buttons(DraftView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return DiscordRenderer.Row(
            DiscordRenderer.Button("Generate", CustomIds.Generate, style: ButtonStyles.Success, disabled: !view.Report.IsValid),
            DiscordRenderer.Button("Edit lyrics", CustomIds.EditLyrics),
            DiscordRenderer.Button(view.Draft.Instrumental ? "Instrumental: on" : "Instrumental: off", CustomIds.Instrumental),
            DiscordRenderer.Button("Clear", CustomIds.Clear, style: ButtonStyles.Danger));
    }

    /// <summary>The lyrics form: one paragraph field, prefilled with the current lyrics when they fit its 4,000 characters.</summary>
    public static ModalPayload LyricsModal(string? current) => new(
        CustomIds.LyricsModal,
        "Lyrics",
        [
            new Component
            {
                Type = Component.LabelType,
                Label = "Lyrics",
                Description = "Up to 4,000 characters; for longer lyrics use /music draft lyrics file:",
                Child = new Component
                {
                    Type = Component.TextInputType,
                    CustomId = CustomIds.LyricsInput,
                    Style = TextInputStyles.Paragraph,
                    MinLength = 1,
                    MaxLength = 4000,
                    Required = true,
                    Placeholder = "[Verse]\n…",
                    Value = current is { Length: > 0 and <= 4000 } ? current : null,
                },
            },
        ]);

    private static string Status(DraftView view, string? headline, IReadOnlyList<FieldRefusal>? problems)
    {
        var text = new StringBuilder();
        if (headline is not null)
        {
            text.AppendLine(headline);
        }

        foreach (var problem in problems ?? [])
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"⚠️ Not changed: {DiscordText.Escape(Words.Refused(problem))}");
        }

        var missing = view.Report.Missing.ToList();
        if (missing.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Still missing: {string.Join("; ", missing.Select(v => DiscordText.Escape(Words.MissingItem(v))))}");
        }

        foreach (var violation in view.Report.Violations.Where(v => !v.IsMissing))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Problem: {DiscordText.Escape(Words.Violation(violation))}");
        }

        foreach (var note in view.Report.Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Note: {DiscordText.Escape(Words.Note(note))}");
        }

        text.Append(view.Report.IsValid ? "Ready: press **Generate** or use `/music generate`." : "Fix the above, then generate.");
        return text.ToString();
    }

    private static Phrases Words => DiscordSyntax.Words;

    private static string Shown(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? "(none)" : DiscordText.Truncate(DiscordText.Escape(value), max);
}
