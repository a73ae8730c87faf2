using MusicBot.Core.Songs;

namespace MusicBot.Core.Validation;

/// <summary>
/// MusicAPI.ai <c>POST /api/v1/sonic/create</c>, task <c>create_music</c> (music-apis.md §3.2, §3.3.1, §3.6).
/// </summary>
public sealed class MusicApiRules() : CatalogRules(Catalog)
{
    private const string SonicV35 = "sonic-v3-5";
    private const string SonicV4 = "sonic-v4";
    private const string SonicV45 = "sonic-v4-5";
    private const string SonicV45Plus = "sonic-v4-5-plus";
    private const string SonicV5 = "sonic-v5";

    // The docs conflict (80/120 for titles, 80/200 for tags, 200/400 for descriptions). The API's own error
    // texts say "less than 200" and "less than 80", so the strictest reading is used: 199 and 79.
    private const int TagsLimit = 199;
    private const int TitleLimit = 79;
    private const int DescriptionLimit = 199;

    private static readonly ModelCatalog Catalog = new(
        "musicapi", [SonicV45, SonicV35, SonicV4, SonicV45Plus, SonicV5]);

    private static readonly IReadOnlyList<string> VocalGenderModels = [SonicV45, SonicV45Plus, SonicV5];

    public override ValidationReport Validate(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var report = new ReportBuilder();
        var model = Catalog.ResolveOrReport(draft.Model, report);

        // custom_mode is true exactly when there are lyrics: prompt carries them, tags the style.
        if (draft.HasLyrics)
        {
            ValidateCustomMode(draft, model, report);
        }
        else
        {
            ValidateDescriptionMode(draft, report);
        }

        report.Add(VocalGender(draft.VocalGender, model));
        report.Add(DraftRules.UnitInterval(DraftField.StyleWeight, draft.StyleWeight, Provider));
        report.Add(DraftRules.UnitInterval(DraftField.Weirdness, draft.Weirdness, Provider));
        report.Add(DraftRules.UnitInterval(DraftField.AudioWeight, draft.AudioWeight, Provider));
        report.Note(DraftRules.Ignored(draft, Provider, DraftField.EnhancePrompt));
        return report.Build();
    }

    private static void ValidateCustomMode(Draft draft, string? model, ReportBuilder report)
    {
        report.Add(DraftRules.MaxLength(
            DraftField.Style, draft.Style, TagsLimit, new RuleContext(Catalog.Provider, RuleScope.Provider, ErrorSaysLessThan: TagsLimit + 1)));
        report.Add(DraftRules.MaxLength(
            DraftField.Title, draft.Title, TitleLimit, new RuleContext(Catalog.Provider, RuleScope.Provider, ErrorSaysLessThan: TitleLimit + 1)));

        // The lyrics limit depends on the model; an unknown model is already reported and has none.
        if (model is not null)
        {
            report.Add(Catalog.MaxLength(DraftField.Lyrics, draft.Lyrics, model, PromptLimit));
        }

        if (draft.Instrumental)
        {
            report.Note(new DraftNote.InstrumentalKeepsLyrics(Catalog.Provider, IsSent: true));
        }
    }

    private static void ValidateDescriptionMode(Draft draft, ReportBuilder report)
    {
        var context = new RuleContext(Catalog.Provider, RuleScope.DescriptionMode);

        // Instrumental or not, non-custom mode needs gpt_description_prompt, which is the style text.
        if (!draft.HasStyle)
        {
            report.Add(DraftRules.Required(DraftField.Style, context, describesSong: true));
        }

        report.Add(DraftRules.MaxLength(
            DraftField.Style, draft.Style, DescriptionLimit, context with { ErrorSaysLessThan = DescriptionLimit + 1 }));

        if (draft.HasTitle)
        {
            report.Note(new DraftNote.TitleNotUsed(Catalog.Provider, InstrumentalKeepsTitle: false));
        }
    }

    private static Violation? VocalGender(string? value, string? model)
    {
        if (string.IsNullOrWhiteSpace(value) || model is null || VocalGenderModels.Contains(model))
        {
            return DraftRules.VocalGender(value, Catalog.Provider);
        }

        return new Violation(DraftField.VocalGender, new ViolationRule.VocalGenderNeedsModel(Catalog.Provider, value, model, VocalGenderModels));
    }

    private static int PromptLimit(string model) => model is SonicV35 or SonicV4 ? 3000 : 5000;
}
