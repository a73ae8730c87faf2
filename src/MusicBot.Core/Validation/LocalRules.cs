using MusicBot.Core.Songs;

namespace MusicBot.Core.Validation;

/// <summary>The built-in offline synthesizer: instrumentals from the style text only.</summary>
public sealed class LocalRules() : CatalogRules(Catalog)
{
    private const int StyleLimit = 1000;
    private const int LyricsLimit = 5000;
    private const int TitleLimit = 100;

    private static readonly ModelCatalog Catalog = new("local", ["synth"]);

    private static readonly RuleContext Context = new("local", RuleScope.Provider);

    public override ValidationReport Validate(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var report = new ReportBuilder();
        Catalog.ResolveOrReport(draft.Model, report);

        if (!draft.HasStyle)
        {
            report.Add(DraftRules.Required(DraftField.Style, Context));
        }

        report.Add(DraftRules.MaxLength(DraftField.Style, draft.Style, StyleLimit, Context));

        // Lyrics are only stored, never sung, but the cap keeps the stored draft bounded.
        report.Add(DraftRules.MaxLength(DraftField.Lyrics, draft.Lyrics, LyricsLimit, Context));
        report.Add(DraftRules.MaxLength(DraftField.Title, draft.Title, TitleLimit, Context));

        if (draft.HasLyrics)
        {
            report.Note(new DraftNote.LyricsNotSung(Provider));
        }

        report.Note(DraftRules.Ignored(
            draft,
            Provider,
            DraftField.VocalGender,
            DraftField.StyleWeight,
            DraftField.Weirdness,
            DraftField.AudioWeight,
            DraftField.EnhancePrompt));
        return report.Build();
    }
}
