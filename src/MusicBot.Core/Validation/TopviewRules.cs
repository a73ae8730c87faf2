using MusicBot.Core.Drafts;

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
            report.Add(new Violation(
                DraftField.Lyrics,
                "lyrics or a style required with topview when instrumental is off",
                "missing",
                "Add lyrics with /lyrics <text> or a style with /style <text>.")
            {
                IsMissing = true,
            });
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
            report.Note("Instrumental is on, so your lyrics are not sent to topview; they stay in the draft.");
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

    private static string StyleRequiredContext(Draft draft) => (draft.Instrumental, draft.EnhancePrompt) switch
    {
        (true, true) => "with topview when instrumental and enhance prompt are on",
        (true, false) => "with topview when instrumental is on",
        _ => "with topview when enhance prompt is on",
    };

    private static int LyricsLimit(string model) => model is MinimaxMusic ? 3500 : 5000;

    private static int StyleLimit(string model) => model is MinimaxMusic ? 2000 : 1000;
}
