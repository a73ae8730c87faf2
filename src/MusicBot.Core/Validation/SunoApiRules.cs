using MusicBot.Core.Operations;
using MusicBot.Core.Songs;

namespace MusicBot.Core.Validation;

/// <summary>sunoapi.org <c>POST /api/v1/generate</c> (music-apis.md §2.3, §2.4.1).</summary>
public sealed class SunoApiRules() : CatalogRules(Catalog)
{
    private const string ModelV35 = "V3_5";
    private const string ModelV4 = "V4";
    private const string ModelV45 = "V4_5";
    private const string ModelV45Plus = "V4_5PLUS";
    private const string ModelV45All = "V4_5ALL";
    private const string ModelV5 = "V5";
    private const int DescriptionLimit = 500;

    // The newer docs dropped V3_5, but the API still accepts it, so it stays (last, as the oldest).
    private static readonly ModelCatalog Catalog = new(
        "sunoapi", [ModelV45, ModelV4, ModelV45Plus, ModelV45All, ModelV5, ModelV35]);

    /// <summary>
    /// Custom mode (style + title, lyrics sung verbatim) when there are lyrics, or an instrumental with a title;
    /// otherwise non-custom mode, where the style text is the song description and sunoapi writes the rest.
    /// </summary>
    public static bool IsCustomMode(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.HasLyrics || (draft.Instrumental && draft.HasTitle);
    }

    /// <summary>
    /// Add-vocals and add-instrumental run on V4_5PLUS (their default) or V5 only (§2.4.5–2.4.6), whatever made the source.
    /// </summary>
    public override string ModelFor(OperationKind kind, string sourceModel) =>
        kind is OperationKind.AddVocals or OperationKind.AddInstrumental && sourceModel != ModelV5 ? ModelV45Plus : sourceModel;

    public override ValidationReport Validate(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var report = new ReportBuilder();
        var model = Catalog.ResolveOrReport(draft.Model, report);

        if (IsCustomMode(draft))
        {
            ValidateCustomMode(draft, model, report);
        }
        else
        {
            ValidateDescriptionMode(draft, report);
        }

        report.Add(DraftRules.VocalGender(draft.VocalGender, Provider));
        report.Add(DraftRules.UnitInterval(DraftField.StyleWeight, draft.StyleWeight, Provider));
        report.Add(DraftRules.UnitInterval(DraftField.Weirdness, draft.Weirdness, Provider));
        report.Add(DraftRules.UnitInterval(DraftField.AudioWeight, draft.AudioWeight, Provider));
        report.Note(DraftRules.Ignored(draft, Provider, DraftField.EnhancePrompt));
        return report.Build();
    }

    private static void ValidateCustomMode(Draft draft, string? model, ReportBuilder report)
    {
        var context = new RuleContext(Catalog.Provider, RuleScope.CustomMode);
        if (!draft.HasStyle)
        {
            report.Add(DraftRules.Required(DraftField.Style, context));
        }

        if (!draft.HasTitle)
        {
            report.Add(DraftRules.Required(DraftField.Title, context));
        }

        if (draft.Instrumental && draft.HasLyrics)
        {
            report.Note(new DraftNote.InstrumentalKeepsLyrics(Catalog.Provider, IsSent: true));
        }

        // Every custom-mode limit depends on the model; an unknown model is already reported and has none.
        if (model is null)
        {
            return;
        }

        // The lyrics are checked even for an instrumental: the API documents prompt with instrumental custom
        // requests (its own example sends one), so a client may forward them and the limit would then apply.
        report.Add(Catalog.MaxLength(DraftField.Style, draft.Style, model, StyleLimit));
        report.Add(Catalog.MaxLength(DraftField.Lyrics, draft.Lyrics, model, PromptLimit));
        report.Add(Catalog.MaxLength(DraftField.Title, draft.Title, model, TitleLimit));
    }

    private static void ValidateDescriptionMode(Draft draft, ReportBuilder report)
    {
        var context = new RuleContext(Catalog.Provider, RuleScope.DescriptionMode);
        if (!draft.HasStyle)
        {
            report.Add(DraftRules.Required(DraftField.Style, context, describesSong: true));
        }

        // The description is sent as prompt; its limit is the same for every model.
        report.Add(DraftRules.MaxLength(DraftField.Style, draft.Style, DescriptionLimit, context));

        if (draft.HasTitle)
        {
            report.Note(new DraftNote.TitleNotUsed(Catalog.Provider, InstrumentalKeepsTitle: true));
        }
    }

    private static int PromptLimit(string model) => model is ModelV35 or ModelV4 ? 3000 : 5000;

    private static int StyleLimit(string model) => model is ModelV35 or ModelV4 ? 200 : 1000;

    private static int TitleLimit(string model) => model is ModelV35 or ModelV4 or ModelV45All ? 80 : 100;
}
