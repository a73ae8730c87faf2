using System.Globalization;
using MusicBot.Core.Drafts;
using MusicBot.Core.Providers;
using MusicBot.Core.Songs;
using MusicBot.Core.Validation;

namespace MusicBot.Messages;

/// <summary>The words for what the rules say about a draft: violations with their fix, notes, and refused values.</summary>
public static class DraftPhrases
{
    /// <summary>The whole violation: "lyrics: at most 3000 characters with sunoapi model V4; yours is 3001 characters. Shorten…".</summary>
    public static string Violation(this Phrases phrases, Violation violation)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(violation);
        return phrases.Catalog.Text(
            "violation",
            ("field", phrases.Field(violation.Field)),
            ("rule", phrases.Rule(violation)),
            ("actual", phrases.Actual(violation)),
            ("fix", phrases.Fix(violation)));
    }

    /// <summary>A missing field as a draft preview lists it: "style (Set it with /style &lt;text&gt;.)".</summary>
    public static string MissingItem(this Phrases phrases, Violation violation)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(violation);
        return $"{phrases.Field(violation.Field)} ({phrases.Fix(violation)})";
    }

    public static string Rule(this Phrases phrases, Violation violation)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(violation);
        var catalog = phrases.Catalog;
        return violation.Rule switch
        {
            ViolationRule.Required required => catalog.Text("violation.required", ("context", phrases.Context(required.Context))),
            ViolationRule.LyricsOrStyleRequired rule => catalog.Text("violation.lyrics-or-style", ("provider", rule.Provider)),
            ViolationRule.TooLong tooLong => catalog.Text("violation.too-long", ("limit", tooLong.Limit), ("context", phrases.Context(tooLong.Context))),
            ViolationRule.NotUnitInterval weight => catalog.Text("violation.unit-interval", ("provider", weight.Provider)),
            ViolationRule.NotMaleOrFemale gender => catalog.Text("violation.male-or-female", ("provider", gender.Provider)),
            ViolationRule.VocalGenderNeedsModel gender => catalog.Text(
                "violation.vocal-gender-models", ("provider", gender.Provider), ("models", Phrases.List(gender.Models))),
            ViolationRule.UnknownModel model => catalog.Text("violation.unknown-model", ("provider", model.Provider), ("models", Phrases.List(model.Models))),
            _ => throw new ArgumentOutOfRangeException(nameof(violation), violation.Rule.GetType().Name, null),
        };
    }

    public static string Actual(this Phrases phrases, Violation violation)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(violation);
        var catalog = phrases.Catalog;
        return violation.Rule switch
        {
            ViolationRule.Required or ViolationRule.LyricsOrStyleRequired => catalog.Text("violation.missing"),
            ViolationRule.TooLong tooLong => phrases.Characters(tooLong.Length),
            ViolationRule.NotUnitInterval weight => Number(weight.Value),
            ViolationRule.NotMaleOrFemale gender => catalog.Text("violation.quoted", ("value", gender.Value)),
            ViolationRule.VocalGenderNeedsModel gender => catalog.Text("violation.vocal-gender-models.actual", ("value", gender.Value), ("model", gender.Model)),
            ViolationRule.UnknownModel model => catalog.Text("violation.quoted", ("value", model.Value)),
            _ => throw new ArgumentOutOfRangeException(nameof(violation), violation.Rule.GetType().Name, null),
        };
    }

    /// <summary>What to do about it, in the platform's own command syntax.</summary>
    public static string Fix(this Phrases phrases, Violation violation)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(violation);
        var catalog = phrases.Catalog;
        var syntax = phrases.Syntax;
        return violation.Rule switch
        {
            ViolationRule.Required { DescribesSong: true } => catalog.Text("violation.required.describe", ("command", syntax.SetField(violation.Field))),
            ViolationRule.Required => catalog.Text("violation.required.fix", ("command", syntax.SetField(violation.Field))),
            ViolationRule.LyricsOrStyleRequired => catalog.Text(
                "violation.lyrics-or-style.fix", ("lyrics", syntax.SetField(DraftField.Lyrics)), ("style", syntax.SetField(DraftField.Style))),
            ViolationRule.TooLong { Roomier.Count: 0 } tooLong => catalog.Text(
                "violation.too-long.fix", ("field", phrases.Field(violation.Field)), ("excess", phrases.Characters(tooLong.Excess))),
            ViolationRule.TooLong tooLong => catalog.Text(
                "violation.too-long.fix-or-model",
                ("field", phrases.Field(violation.Field)),
                ("excess", phrases.Characters(tooLong.Excess)),
                ("allowances", string.Join(
                    catalog.Text("violation.too-long.allowance-separator"),
                    tooLong.Roomier.Select(a => catalog.Text("violation.too-long.allowance", ("limit", a.Limit), ("models", Phrases.List(a.Models))))))),
            ViolationRule.NotUnitInterval weight => catalog.Text("violation.unit-interval.fix", ("nearest", Number(weight.Nearest))),
            ViolationRule.NotMaleOrFemale => catalog.Text(
                "violation.male-or-female.fix", ("male", syntax.SetTo(DraftField.VocalGender, "m")), ("female", syntax.SetTo(DraftField.VocalGender, "f"))),
            ViolationRule.VocalGenderNeedsModel gender => catalog.Text(
                "violation.vocal-gender-models.fix", ("command", syntax.SetField(DraftField.Model)), ("example", syntax.SetTo(DraftField.Model, gender.Models[0]))),
            ViolationRule.UnknownModel model => catalog.Text(
                "violation.unknown-model.fix", ("command", syntax.SetField(DraftField.Model)), ("example", syntax.SetTo(DraftField.Model, model.DefaultModel))),
            _ => throw new ArgumentOutOfRangeException(nameof(violation), violation.Rule.GetType().Name, null),
        };
    }

    public static string Note(this Phrases phrases, DraftNote note)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(note);
        var catalog = phrases.Catalog;
        return note switch
        {
            DraftNote.LyricsNotSung n => catalog.Text("note.lyrics-not-sung", ("provider", n.Provider)),
            DraftNote.InstrumentalKeepsLyrics { IsSent: true } n => catalog.Text("note.instrumental-keeps-lyrics", ("provider", n.Provider)),
            DraftNote.InstrumentalKeepsLyrics n => catalog.Text("note.instrumental-lyrics-not-sent", ("provider", n.Provider)),
            DraftNote.TitleNotUsed { InstrumentalKeepsTitle: true } n => catalog.Text("note.title-not-used-or-instrumental", ("provider", n.Provider)),
            DraftNote.TitleNotUsed n => catalog.Text("note.title-not-used", ("provider", n.Provider)),
            DraftNote.SettingsIgnored n => catalog.Text(
                n.Fields.Count == 1 ? "note.setting-ignored" : "note.settings-ignored",
                ("provider", n.Provider),
                ("fields", Phrases.List(n.Fields.Select(phrases.Field)))),
            _ => throw new ArgumentOutOfRangeException(nameof(note), note.GetType().Name, null),
        };
    }

    /// <summary>Why a value was not stored: "provider: 'suno' is not a provider. Choose one of: local, sunoapi."</summary>
    public static string Refused(this Phrases phrases, FieldRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(refusal);
        var catalog = phrases.Catalog;
        var field = phrases.Field(refusal.Field);
        return refusal switch
        {
            FieldRefusal.TooLongForAnyProvider r => catalog.Text("refused-field.too-long", ("field", field), ("length", r.Length), ("max", r.Max)),
            FieldRefusal.UnknownProvider r => catalog.Text("refused-field.unknown-provider", ("value", r.Value), ("available", Phrases.List(r.Available))),
            FieldRefusal.ProviderNotSetUp r => catalog.Text("refused-field.provider-not-set-up", ("provider", r.Provider), ("available", Phrases.List(r.Available))),
            FieldRefusal.UnknownModel r => catalog.Text("refused-field.unknown-model", ("provider", r.Provider), ("value", r.Value), ("models", Phrases.List(r.Models))),
            FieldRefusal.NotAVocalGender r => catalog.Text("refused-field.vocal-gender", ("value", r.Value)),
            FieldRefusal.NotANumber r => catalog.Text("refused-field.not-a-number", ("field", field), ("value", r.Value)),
            FieldRefusal.NotASwitch => catalog.Text("refused-field.not-a-switch", ("field", field)),
            FieldRefusal.Empty => catalog.Text("refused-field.empty", ("Field", Phrases.Capitalize(field))),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal.GetType().Name, null),
        };
    }

    private static string Context(this Phrases phrases, RuleContext context)
    {
        var catalog = phrases.Catalog;
        var text = context.Scope switch
        {
            RuleScope.Provider when context.Provider == ProviderNames.Local => catalog.Text("context.offline"),
            RuleScope.Provider => catalog.Text("context.provider", ("provider", context.Provider)),
            RuleScope.Model => catalog.Text("context.model", ("provider", context.Provider), ("model", context.Model)),
            RuleScope.CustomMode => catalog.Text("context.custom-mode", ("provider", context.Provider)),
            RuleScope.DescriptionMode => catalog.Text("context.description-mode", ("provider", context.Provider)),
            RuleScope.Instrumental => catalog.Text("context.instrumental", ("provider", context.Provider)),
            RuleScope.EnhancePrompt => catalog.Text("context.enhance-prompt", ("provider", context.Provider)),
            RuleScope.InstrumentalAndEnhancePrompt => catalog.Text("context.instrumental-and-enhance-prompt", ("provider", context.Provider)),
            _ => throw new ArgumentOutOfRangeException(nameof(context), context.Scope, null),
        };
        return context.ErrorSaysLessThan is { } bound ? catalog.Text("context.error-says", ("context", text), ("bound", bound.ToString(CultureInfo.InvariantCulture))) : text;
    }

    // Trailing zeros dropped (0.50 → 0.5) and a dot whatever the server culture.
    private static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
