using MusicBot.Core.Songs;

namespace MusicBot.Core.Validation;

/// <summary>Topview <c>POST /v1/common_task/ai_music/task/submit</c> (music-apis.md §4.2).</summary>
public sealed class TopviewRules() : CatalogRules(Catalog)
{
    private const string TopviewMusic = "Topview Music";
    private const string MinimaxMusic = "Minimax Music 2.6";

    private static readonly ModelCatalog Catalog = new("topview", [TopviewMusic, MinimaxMusic]);

    public override ValidationReport Validate(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var report = new ReportBuilder();
        var model = Catalog.ResolveOrReport(draft.Model, report);

        if (draft.Instrumental || draft.EnhancePrompt)
        {
            if (!draft.HasStyle)
            {
                report.Add(DraftRules.Required(DraftField.Style, StyleRequiredContext(draft)));
            }
        }
        else if (!draft.HasLyrics && !draft.HasStyle)
        {
            report.Add(new Violation(DraftField.Lyrics, new ViolationRule.LyricsOrStyleRequired(Provider)));
        }

        // Both limits depend on the model; an unknown model is already reported and has none.
        if (model is not null)
        {
            report.Add(Catalog.MaxLength(DraftField.Style, draft.Style, model, StyleLimit));

            // With instrumental on the lyrics are never sent, so their length cannot make the request fail.
            if (!draft.Instrumental)
            {
                report.Add(Catalog.MaxLength(DraftField.Lyrics, draft.Lyrics, model, LyricsLimit));
            }
        }

        if (draft.Instrumental && draft.HasLyrics)
        {
            report.Note(new DraftNote.InstrumentalKeepsLyrics(Provider, IsSent: false));
        }

        report.Note(DraftRules.Ignored(
            draft,
            Provider,
            DraftField.NegativeTags,
            DraftField.VocalGender,
            DraftField.StyleWeight,
            DraftField.Weirdness,
            DraftField.AudioWeight));
        return report.Build();
    }

    private static RuleContext StyleRequiredContext(Draft draft) => new(
        Catalog.Provider,
        (draft.Instrumental, draft.EnhancePrompt) switch
        {
            (true, true) => RuleScope.InstrumentalAndEnhancePrompt,
            (true, false) => RuleScope.Instrumental,
            _ => RuleScope.EnhancePrompt,
        });

    private static int LyricsLimit(string model) => model is MinimaxMusic ? 3500 : 5000;

    private static int StyleLimit(string model) => model is MinimaxMusic ? 2000 : 1000;
}
