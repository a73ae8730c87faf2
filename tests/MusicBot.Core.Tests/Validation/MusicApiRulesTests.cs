using System.Globalization;
using MusicBot.Core.Songs;
using MusicBot.Core.Validation;
using static MusicBot.Core.Tests.Builders.DraftBuilder;

namespace MusicBot.Core.Tests.Validation;

public sealed class MusicApiRulesTests
{
    private readonly MusicApiRules _rules = new();

    /// <summary>Custom-mode limits (music-apis.md §3.2, §3.6): lyrics per model, tags and title fixed.</summary>
    public static TheoryData<string, DraftField, int> CustomModeLimits => new()
    {
        { "sonic-v3-5", DraftField.Lyrics, 3000 },
        { "sonic-v4", DraftField.Lyrics, 3000 },
        { "sonic-v4-5", DraftField.Lyrics, 5000 },
        { "sonic-v4-5-plus", DraftField.Lyrics, 5000 },
        { "sonic-v5", DraftField.Lyrics, 5000 },
        { "sonic-v3-5", DraftField.Style, 199 },
        { "sonic-v5", DraftField.Style, 199 },
        { "sonic-v3-5", DraftField.Title, 79 },
        { "sonic-v5", DraftField.Title, 79 },
    };

    public static TheoryData<string> AllModels =>
        new() { "sonic-v4-5", "sonic-v3-5", "sonic-v4", "sonic-v4-5-plus", "sonic-v5" };

    public static TheoryData<DraftField, decimal> ValidWeights => WeightData.Valid;

    public static TheoryData<DraftField, decimal, string> InvalidWeights => WeightData.Invalid;

    [Fact]
    public void Models_Always_ListDefaultFirst()
    {
        Assert.Equal("musicapi", _rules.Provider);
        Assert.Equal("sonic-v4-5", _rules.DefaultModel);
        Assert.Equal(["sonic-v4-5", "sonic-v3-5", "sonic-v4", "sonic-v4-5-plus", "sonic-v5"], _rules.Models);
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
    public void Validate_CustomFieldOnePastLimit_ReportsFieldAndLimit(string model, DraftField field, int limit)
    {
        var draft = CustomDraft(model).WithTextOfLength(field, limit + 1).Build();

        ReportAssert.OnePastLimit(_rules.Validate(draft), field, limit);
    }

    [Fact]
    public void Validate_LyricsTooLongForSonicV4_FixNamesModelsThatAllowThem()
    {
        var draft = CustomDraft("sonic-v4").WithTextOfLength(DraftField.Lyrics, 3002).Build();

        var violation = ReportAssert.SingleViolation(_rules.Validate(draft), DraftField.Lyrics);

        Assert.Equal("at most 3,000 characters with musicapi model sonic-v4", violation.RuleText());
        Assert.Equal(
            "Shorten the lyrics by 2 characters, "
            + "or pick a model that allows 5,000 (sonic-v4-5, sonic-v4-5-plus, sonic-v5).",
            violation.FixText());
    }

    [Fact]
    public void Validate_TagsAt200_RuleQuotesTheApiError()
    {
        var draft = CustomDraft("sonic-v5").WithTextOfLength(DraftField.Style, 200).Build();

        var violation = ReportAssert.SingleViolation(_rules.Validate(draft), DraftField.Style);

        Assert.Equal("at most 199 characters with musicapi (its error says \"less than 200\")", violation.RuleText());
    }

    [Theory]
    [MemberData(nameof(AllModels))]
    public void Validate_DescriptionAt199_IsValid(string model)
    {
        var draft = ADraft().WithModel(model).WithTextOfLength(DraftField.Style, 199).Build();

        ReportAssert.Valid(_rules.Validate(draft));
    }

    [Theory]
    [MemberData(nameof(AllModels))]
    public void Validate_DescriptionAt200_ReportsStyleWith199(string model)
    {
        var draft = ADraft().WithModel(model).WithTextOfLength(DraftField.Style, 200).Build();

        var report = _rules.Validate(draft);

        ReportAssert.OnePastLimit(report, DraftField.Style, 199);
        Assert.Contains("non-custom mode", report.Violations[0].RuleText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CustomModeWithoutStyleOrTitle_IsValid()
    {
        ReportAssert.Valid(_rules.Validate(ADraft().WithLyrics("la la").Build()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Validate_NoLyricsAndNoStyle_ReportsDescriptionMissing(bool instrumental)
    {
        var report = _rules.Validate(ADraft().Instrumental(instrumental).WithTitle("Rain").Build());

        ReportAssert.Missing(report, DraftField.Style, "required with musicapi in non-custom mode");
        Assert.Equal("Describe the song with /style <text>.", report.Violations[0].FixText());
    }

    [Fact]
    public void Validate_WhitespaceOnlyLyricsAndStyle_ReportsDescriptionMissing()
    {
        var draft = ADraft().WithLyrics("  ").WithStyle("\t").Build();

        ReportAssert.Missing(_rules.Validate(draft), DraftField.Style, "non-custom mode");
    }

    [Fact]
    public void Validate_NonCustomInstrumentalWithDescription_IsValid()
    {
        var report = _rules.Validate(ADraft().Instrumental().WithStyle("A peaceful piano melody").Build());

        ReportAssert.Valid(report);
        Assert.Empty(report.NoteTexts());
    }

    [Fact]
    public void Validate_CustomInstrumental_IsValidAndNotesLyricsAreNotSung()
    {
        var report = _rules.Validate(CustomDraft("sonic-v5").Instrumental().Build());

        ReportAssert.Valid(report);
        var note = Assert.Single(report.NoteTexts());
        Assert.Contains("will not sing your lyrics", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NonCustomWithLongTitle_IsNotCheckedButNoted()
    {
        var report = _rules.Validate(ADraft().WithStyle("summer pop").WithTitle(Text(300)).Build());

        ReportAssert.Valid(report);
        var note = Assert.Single(report.NoteTexts());
        Assert.Contains("title", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sonic-v4-5", "m")]
    [InlineData("sonic-v4-5", "f")]
    [InlineData("sonic-v4-5-plus", "f")]
    [InlineData("sonic-v5", "m")]
    [InlineData("sonic-v3-5", null)]
    [InlineData("sonic-v4", " ")]
    public void Validate_VocalGenderOnSupportingModelOrUnset_IsValid(string model, string? gender)
    {
        var draft = CustomDraft(model).WithVocalGender(gender).Build();

        ReportAssert.Valid(_rules.Validate(draft));
    }

    [Theory]
    [InlineData("sonic-v3-5")]
    [InlineData("sonic-v4")]
    public void Validate_VocalGenderOnOlderModel_ReportsWhichModelsSupportIt(string model)
    {
        var draft = CustomDraft(model).WithVocalGender("f").Build();

        var violation = ReportAssert.SingleViolation(_rules.Validate(draft), DraftField.VocalGender);

        Assert.Equal("only with musicapi models sonic-v4-5, sonic-v4-5-plus, sonic-v5", violation.RuleText());
        Assert.Equal($"\"f\" with model {model}", violation.ActualText());
        Assert.Contains("/model sonic-v4-5", violation.FixText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("F")]
    [InlineData("female")]
    public void Validate_VocalGenderOtherThanMOrF_ReportsVocalGender(string gender)
    {
        var draft = CustomDraft("sonic-v5").WithVocalGender(gender).Build();

        var violation = ReportAssert.SingleViolation(_rules.Validate(draft), DraftField.VocalGender);

        Assert.Equal("m or f with musicapi", violation.RuleText());
    }

    [Theory]
    [MemberData(nameof(ValidWeights))]
    public void Validate_WeightInRangeAndStep_IsValid(DraftField field, decimal weight)
    {
        ReportAssert.Valid(_rules.Validate(CustomDraft("sonic-v5").WithWeight(field, weight).Build()));
    }

    [Theory]
    [MemberData(nameof(InvalidWeights))]
    public void Validate_WeightOutOfRangeOrStep_ReportsWeightWithNearestValue(
        DraftField field, decimal weight, string nearest)
    {
        var draft = CustomDraft("sonic-v5").WithWeight(field, weight).Build();

        var violation = ReportAssert.SingleViolation(_rules.Validate(draft), field);

        Assert.Equal("a number from 0 to 1 in steps of 0.01 with musicapi", violation.RuleText());
        Assert.Equal(weight.ToString(CultureInfo.InvariantCulture), violation.ActualText());
        Assert.Equal($"Use {nearest} instead.", violation.FixText());
    }

    [Theory]
    [InlineData("SONIC-V5", "sonic-v5")]
    [InlineData("Sonic-V4-5-Plus", "sonic-v4-5-plus")]
    [InlineData("sonic-v3-5", "sonic-v3-5")]
    [InlineData(null, "sonic-v4-5")]
    [InlineData(" ", "sonic-v4-5")]
    public void ResolveModel_AnyCase_ReturnsProviderSpelling(string? typed, string expected)
    {
        Assert.Equal(expected, _rules.ResolveModel(typed));
    }

    [Fact]
    public void Validate_UpperCaseOlderModel_AppliesThatModelsRules()
    {
        var draft = CustomDraft("SONIC-V4").WithVocalGender("m").Build();

        ReportAssert.SingleViolation(_rules.Validate(draft), DraftField.VocalGender);
    }

    [Theory]
    [InlineData("V5")]
    [InlineData("sonic-v5-5")]
    [InlineData("chirp-v5")]
    public void Validate_UnknownModel_ReportsModelListingAcceptedModels(string model)
    {
        var violation = ReportAssert.SingleViolation(_rules.Validate(CustomDraft(model).Build()), DraftField.Model);

        Assert.Equal(
            "one of the musicapi models sonic-v4-5, sonic-v3-5, sonic-v4, sonic-v4-5-plus, sonic-v5", violation.RuleText());
        Assert.Equal($"\"{model}\"", violation.ActualText());
    }

    [Fact]
    public void Validate_ThreeBrokenRules_ReportsAllThreeInFieldOrder()
    {
        var draft = ADraft()
            .WithModel("sonic-v4")
            .WithVocalGender("m")
            .WithTitle(Text(80))
            .WithLyrics(Text(3001))
            .Build();

        var report = _rules.Validate(draft);

        ReportAssert.Fields(report, DraftField.Lyrics, DraftField.Title, DraftField.VocalGender);
    }

    [Fact]
    public void Validate_EnhancePrompt_NotesItIsIgnored()
    {
        var report = _rules.Validate(CustomDraft("sonic-v5").WithEnhancePrompt().Build());

        ReportAssert.Valid(report);
        Assert.Equal(["The musicapi provider ignores this setting: enhance prompt."], report.NoteTexts());
    }

    private static Builders.DraftBuilder CustomDraft(string model) =>
        ADraft()
            .WithModel(model)
            .WithStyle("pop, dreamy")
            .WithLyrics("[Verse]\nStars they shine")
            .WithTitle("Starry Night");
}
