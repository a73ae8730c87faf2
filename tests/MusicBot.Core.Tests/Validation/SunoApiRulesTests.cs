using System.Globalization;
using MusicBot.Core.Operations;
using MusicBot.Core.Songs;
using MusicBot.Core.Validation;
using static MusicBot.Core.Tests.Builders.DraftBuilder;

namespace MusicBot.Core.Tests.Validation;

public sealed class SunoApiRulesTests
{
    private readonly SunoApiRules _rules = new();

    /// <summary>Custom-mode limits per model (music-apis.md §2.3): prompt (lyrics), style, title.</summary>
    public static TheoryData<string, DraftField, int> CustomModeLimits => new()
    {
        { "V3_5", DraftField.Lyrics, 3000 },
        { "V4", DraftField.Lyrics, 3000 },
        { "V4_5", DraftField.Lyrics, 5000 },
        { "V4_5PLUS", DraftField.Lyrics, 5000 },
        { "V4_5ALL", DraftField.Lyrics, 5000 },
        { "V5", DraftField.Lyrics, 5000 },
        { "V3_5", DraftField.Style, 200 },
        { "V4", DraftField.Style, 200 },
        { "V4_5", DraftField.Style, 1000 },
        { "V4_5PLUS", DraftField.Style, 1000 },
        { "V4_5ALL", DraftField.Style, 1000 },
        { "V5", DraftField.Style, 1000 },
        { "V3_5", DraftField.Title, 80 },
        { "V4", DraftField.Title, 80 },
        { "V4_5ALL", DraftField.Title, 80 },
        { "V4_5", DraftField.Title, 100 },
        { "V4_5PLUS", DraftField.Title, 100 },
        { "V5", DraftField.Title, 100 },
    };

    public static TheoryData<string> AllModels => new() { "V4_5", "V4", "V4_5PLUS", "V4_5ALL", "V5", "V3_5" };

    public static TheoryData<DraftField, decimal> ValidWeights => WeightData.Valid;

    public static TheoryData<DraftField, decimal, string> InvalidWeights => WeightData.Invalid;

    [Fact]
    public void Models_Always_ListDefaultFirstIncludingOlderV35()
    {
        Assert.Equal("sunoapi", _rules.Provider);
        Assert.Equal("V4_5", _rules.DefaultModel);
        Assert.Equal(["V4_5", "V4", "V4_5PLUS", "V4_5ALL", "V5", "V3_5"], _rules.Models);
    }

    [Theory]
    [MemberData(nameof(CustomModeLimits))]
    public void Validate_CustomFieldAtLimit_IsValid(string model, DraftField field, int limit)
    {
        var draft = CustomDraft(model).WithTextOfLength(field, limit).Build();

        ReportAssert.Valid(_rules.Validate(draft));
    }

    [Theory]
    [MemberData(nameof(CustomModeLimits))]
    public void Validate_CustomFieldOnePastLimit_ReportsFieldAndLimitForModel(string model, DraftField field, int limit)
    {
        var draft = CustomDraft(model).WithTextOfLength(field, limit + 1).Build();

        var report = _rules.Validate(draft);

        ReportAssert.OnePastLimit(report, field, limit);
        Assert.EndsWith($"with sunoapi model {model}", report.Violations[0].RuleText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("V4", 200)]
    [InlineData("V5", 1000)]
    public void Validate_InstrumentalCustomStyleOnePastLimit_ReportsStyle(string model, int limit)
    {
        var draft = ADraft()
            .WithModel(model)
            .Instrumental()
            .WithTitle("Rain")
            .WithTextOfLength(DraftField.Style, limit + 1)
            .Build();

        ReportAssert.OnePastLimit(_rules.Validate(draft), DraftField.Style, limit);
    }

    [Theory]
    [MemberData(nameof(AllModels))]
    public void Validate_DescriptionAt500_IsValid(string model)
    {
        var draft = ADraft().WithModel(model).WithTextOfLength(DraftField.Style, 500).Build();

        ReportAssert.Valid(_rules.Validate(draft));
    }

    [Theory]
    [MemberData(nameof(AllModels))]
    public void Validate_DescriptionAt501_ReportsStyleWith500(string model)
    {
        var draft = ADraft().WithModel(model).WithTextOfLength(DraftField.Style, 501).Build();

        var report = _rules.Validate(draft);

        ReportAssert.OnePastLimit(report, DraftField.Style, 500);
        Assert.Contains("non-custom mode", report.Violations[0].RuleText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LyricsTooLongForV4_FixNamesModelsThatAllowThem()
    {
        var draft = CustomDraft("V4").WithTextOfLength(DraftField.Lyrics, 3001).Build();

        var violation = ReportAssert.SingleViolation(_rules.Validate(draft), DraftField.Lyrics);

        Assert.Equal("at most 3,000 characters with sunoapi model V4", violation.RuleText());
        Assert.Equal("3,001 characters", violation.ActualText());
        Assert.Equal(
            "Shorten the lyrics by 1 character, or pick a model that allows 5,000 (V4_5, V4_5PLUS, V4_5ALL, V5).",
            violation.FixText());
    }

    [Fact]
    public void Validate_LyricsTooLongForEveryModel_FixOnlySaysShorten()
    {
        var draft = CustomDraft("V5").WithTextOfLength(DraftField.Lyrics, 5010).Build();

        var violation = ReportAssert.SingleViolation(_rules.Validate(draft), DraftField.Lyrics);

        Assert.Equal("Shorten the lyrics by 10 characters.", violation.FixText());
    }

    [Fact]
    public void Validate_NonCustomTitleLongerThanAnyLimit_IsNotCheckedButNoted()
    {
        var draft = ADraft().WithStyle("lo-fi beat").WithTitle(Text(500)).Build();

        var report = _rules.Validate(draft);

        ReportAssert.Valid(report);
        Assert.Contains(report.NoteTexts(), note => note.Contains("title", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("la la", false, null, true)]
    [InlineData("la la", true, null, true)]
    [InlineData(null, true, "Rain", true)]
    [InlineData(null, true, null, false)]
    [InlineData(null, false, "Rain", false)]
    [InlineData(null, false, null, false)]
    [InlineData("   ", false, null, false)]
    [InlineData(null, true, " ", false)]
    public void IsCustomMode_LyricsInstrumentalTitle_SelectsMode(
        string? lyrics, bool instrumental, string? title, bool expected)
    {
        var draft = ADraft().WithLyrics(lyrics).Instrumental(instrumental).WithTitle(title).Build();

        Assert.Equal(expected, SunoApiRules.IsCustomMode(draft));
    }

    [Fact]
    public void Validate_CustomVocalsWithoutStyleOrTitle_ReportsBothMissing()
    {
        var draft = ADraft().WithLyrics("la la").Build();

        var report = _rules.Validate(draft);

        ReportAssert.Fields(report, DraftField.Style, DraftField.Title);
        Assert.All(report.Violations, v => Assert.True(v.IsMissing));
        Assert.All(report.Violations, v => Assert.Equal("required with sunoapi in custom mode", v.RuleText()));
        Assert.Equal("Set it with /style <text>.", report.Violations[0].FixText());
        Assert.Equal("Set it with /title <text>.", report.Violations[1].FixText());
        Assert.Equal(2, report.Missing.Count());
    }

    [Fact]
    public void Validate_InstrumentalWithLyricsButNoTitle_ReportsTitleMissing()
    {
        var draft = ADraft().Instrumental().WithLyrics("la la").WithStyle("ambient").Build();

        ReportAssert.Missing(_rules.Validate(draft), DraftField.Title, "custom mode");
    }

    [Fact]
    public void Validate_InstrumentalWithTitleButNoStyle_ReportsStyleMissing()
    {
        var draft = ADraft().Instrumental().WithTitle("Rain").Build();

        ReportAssert.Missing(_rules.Validate(draft), DraftField.Style, "custom mode");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Validate_EmptyDraft_ReportsDescriptionMissing(bool instrumental)
    {
        var report = _rules.Validate(ADraft().Instrumental(instrumental).Build());

        ReportAssert.Missing(report, DraftField.Style, "required with sunoapi in non-custom mode");
        Assert.Equal("Describe the song with /style <text>.", report.Violations[0].FixText());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n ")]
    public void Validate_WhitespaceOnlyStyle_CountsAsMissing(string style)
    {
        var draft = CustomDraft("V5").WithStyle(style).Build();

        ReportAssert.Missing(_rules.Validate(draft), DraftField.Style, "custom mode");
    }

    [Fact]
    public void Validate_WhitespaceOnlyTitleInCustomMode_CountsAsMissing()
    {
        var draft = CustomDraft("V5").WithTitle("   ").Build();

        ReportAssert.Missing(_rules.Validate(draft), DraftField.Title, "custom mode");
    }

    [Theory]
    [MemberData(nameof(ValidWeights))]
    public void Validate_WeightInRangeAndStep_IsValid(DraftField field, decimal weight)
    {
        var draft = CustomDraft("V5").WithWeight(field, weight).Build();

        ReportAssert.Valid(_rules.Validate(draft));
    }

    [Theory]
    [MemberData(nameof(InvalidWeights))]
    public void Validate_WeightOutOfRangeOrStep_ReportsWeightWithNearestValue(
        DraftField field, decimal weight, string nearest)
    {
        var draft = CustomDraft("V5").WithWeight(field, weight).Build();

        var violation = ReportAssert.SingleViolation(_rules.Validate(draft), field);

        Assert.Equal("a number from 0 to 1 in steps of 0.01 with sunoapi", violation.RuleText());
        Assert.Equal(weight.ToString(CultureInfo.InvariantCulture), violation.ActualText());
        Assert.Equal($"Use {nearest} instead.", violation.FixText());
    }

    [Theory]
    [InlineData("m")]
    [InlineData("f")]
    [InlineData(null)]
    [InlineData(" ")]
    public void Validate_VocalGenderMaleFemaleOrUnset_IsValid(string? gender)
    {
        var draft = CustomDraft("V5").WithVocalGender(gender).Build();

        ReportAssert.Valid(_rules.Validate(draft));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("M")]
    [InlineData("male")]
    public void Validate_VocalGenderOtherThanMOrF_ReportsVocalGender(string gender)
    {
        var draft = CustomDraft("V5").WithVocalGender(gender).Build();

        var violation = ReportAssert.SingleViolation(_rules.Validate(draft), DraftField.VocalGender);

        Assert.Equal("m or f with sunoapi", violation.RuleText());
        Assert.Equal($"\"{gender}\"", violation.ActualText());
        Assert.Contains("/voice m", violation.FixText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v4_5plus", "V4_5PLUS")]
    [InlineData("v4_5all", "V4_5ALL")]
    [InlineData("v3_5", "V3_5")]
    [InlineData(" V5 ", "V5")]
    [InlineData("V4", "V4")]
    [InlineData(null, "V4_5")]
    [InlineData("", "V4_5")]
    public void ResolveModel_AnyCase_ReturnsProviderSpelling(string? typed, string expected)
    {
        Assert.Equal(expected, _rules.ResolveModel(typed));
    }

    [Fact]
    public void Validate_LowerCaseModel_AppliesThatModelsLimits()
    {
        var draft = CustomDraft("v4").WithTextOfLength(DraftField.Lyrics, 3001).Build();

        var violation = ReportAssert.SingleViolation(_rules.Validate(draft), DraftField.Lyrics);

        Assert.Equal("at most 3,000 characters with sunoapi model V4", violation.RuleText());
    }

    [Theory]
    [InlineData("V6")]
    [InlineData("sonic-v4-5")]
    [InlineData("V4.5")]
    public void Validate_UnknownModel_ReportsModelListingAcceptedModels(string model)
    {
        Assert.Null(_rules.ResolveModel(model));

        var violation = ReportAssert.SingleViolation(_rules.Validate(CustomDraft(model).Build()), DraftField.Model);

        Assert.Equal("one of the sunoapi models V4_5, V4, V4_5PLUS, V4_5ALL, V5, V3_5", violation.RuleText());
        Assert.Equal($"\"{model}\"", violation.ActualText());
        Assert.Equal("Pick one with /model <name>, e.g. /model V4_5.", violation.FixText());
    }

    [Fact]
    public void Validate_UnknownModel_StillReportsRulesThatDoNotDependOnTheModel()
    {
        var draft = ADraft().WithModel("V6").WithLyrics(Text(9000)).WithAudioWeight(2m).Build();

        ReportAssert.Fields(
            _rules.Validate(draft), DraftField.Model, DraftField.Style, DraftField.Title, DraftField.AudioWeight);
    }

    [Fact]
    public void Validate_ThreeBrokenRules_ReportsAllThreeInFieldOrder()
    {
        var draft = ADraft()
            .WithModel("V5")
            .WithLyrics("la la")
            .WithStyleWeight(1.5m)
            .WithStyle(Text(1001))
            .Build();

        var report = _rules.Validate(draft);

        ReportAssert.Fields(report, DraftField.Style, DraftField.Title, DraftField.StyleWeight);
        Assert.Equal(["1,001 characters", "missing", "1.5"], report.Violations.Select(v => v.ActualText()));
    }

    [Fact]
    public void Validate_CompleteCustomDraft_HasNoNotes()
    {
        var report = _rules.Validate(CustomDraft("V5").WithVocalGender("f").WithWeirdness(0.5m).Build());

        ReportAssert.Valid(report);
        Assert.Empty(report.NoteTexts());
    }

    [Fact]
    public void Validate_InstrumentalWithLyrics_NotesLyricsAreNotSung()
    {
        var report = _rules.Validate(CustomDraft("V5").Instrumental().Build());

        ReportAssert.Valid(report);
        var note = Assert.Single(report.NoteTexts());
        Assert.Contains("will not sing your lyrics", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EnhancePrompt_NotesItIsIgnored()
    {
        var report = _rules.Validate(CustomDraft("V5").WithEnhancePrompt().Build());

        ReportAssert.Valid(report);
        Assert.Equal(["The sunoapi provider ignores this setting: enhance prompt."], report.NoteTexts());
    }

    private static Builders.DraftBuilder CustomDraft(string model) =>
        ADraft().WithModel(model).WithStyle("indie pop").WithLyrics("[Verse]\nla la la").WithTitle("Rain");

    [Theory]
    [InlineData(OperationKind.AddVocals, "V4_5", "V4_5PLUS")]
    [InlineData(OperationKind.AddInstrumental, "V3_5", "V4_5PLUS")]
    [InlineData(OperationKind.AddVocals, "V5", "V5")]
    [InlineData(OperationKind.Extend, "V4_5", "V4_5")]
    [InlineData(OperationKind.Stems, "V4", "V4")]
    public void ModelFor_Operation_RunsWhereSunoapiRunsIt(OperationKind kind, string source, string expected) =>
        Assert.Equal(expected, new SunoApiRules().ModelFor(kind, source));
}
