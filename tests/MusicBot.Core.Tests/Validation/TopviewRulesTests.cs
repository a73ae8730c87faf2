using MusicBot.Core.Songs;
using MusicBot.Core.Validation;
using static MusicBot.Core.Tests.Builders.DraftBuilder;

namespace MusicBot.Core.Tests.Validation;

public sealed class TopviewRulesTests
{
    private readonly TopviewRules _rules = new();

    /// <summary>Per-model limits (music-apis.md §4.2): lyrics and styles.</summary>
    public static TheoryData<string, DraftField, int> Limits => new()
    {
        { "Topview Music", DraftField.Lyrics, 5000 },
        { "Minimax Music 2.6", DraftField.Lyrics, 3500 },
        { "Topview Music", DraftField.Style, 1000 },
        { "Minimax Music 2.6", DraftField.Style, 2000 },
    };

    [Fact]
    public void Models_Always_ListDefaultFirst()
    {
        Assert.Equal("topview", _rules.Provider);
        Assert.Equal("Topview Music", _rules.DefaultModel);
        Assert.Equal(["Topview Music", "Minimax Music 2.6"], _rules.Models);
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void Validate_FieldAtLimit_IsValid(string model, DraftField field, int limit)
    {
        var draft = SongDraft(model).WithTextOfLength(field, limit).Build();

        ReportAssert.Valid(_rules.Validate(draft));
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void Validate_FieldOnePastLimit_ReportsFieldAndLimitForModel(string model, DraftField field, int limit)
    {
        var draft = SongDraft(model).WithTextOfLength(field, limit + 1).Build();

        var report = _rules.Validate(draft);

        ReportAssert.OnePastLimit(report, field, limit);
        Assert.EndsWith($"with topview model {model}", report.Violations[0].RuleText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MinimaxLyricsTooLong_FixSuggestsTopviewMusic()
    {
        var draft = SongDraft("Minimax Music 2.6").WithTextOfLength(DraftField.Lyrics, 3501).Build();

        var violation = ReportAssert.SingleViolation(_rules.Validate(draft), DraftField.Lyrics);

        Assert.Equal(
            "Shorten the lyrics by 1 character, or pick a model that allows 5,000 (Topview Music).", violation.FixText());
    }

    [Fact]
    public void Validate_TopviewStyleTooLong_FixSuggestsMinimax()
    {
        var draft = SongDraft("Topview Music").WithTextOfLength(DraftField.Style, 1001).Build();

        var violation = ReportAssert.SingleViolation(_rules.Validate(draft), DraftField.Style);

        Assert.Equal(
            "Shorten the style by 1 character, or pick a model that allows 2,000 (Minimax Music 2.6).", violation.FixText());
    }

    [Theory]
    [InlineData("Topview Music")]
    [InlineData("Minimax Music 2.6")]
    public void Validate_InstrumentalWithOverlongLyrics_IsValidAndNotesLyricsAreNotSent(string model)
    {
        var draft = ADraft().WithModel(model).Instrumental().WithStyle("ambient").WithLyrics(Text(9000)).Build();

        var report = _rules.Validate(draft);

        ReportAssert.Valid(report);
        var note = Assert.Single(report.NoteTexts());
        Assert.Contains("lyrics are not sent", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Validate_InstrumentalWithoutStyle_ReportsStyleMissing(string? style)
    {
        var draft = ADraft().Instrumental().WithStyle(style).WithLyrics("la la").Build();

        var report = _rules.Validate(draft);

        ReportAssert.Missing(report, DraftField.Style, "required with topview when instrumental is on");
        Assert.Equal("Set it with /style <text>.", report.Violations[0].FixText());
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(" ", "\n")]
    public void Validate_NotInstrumentalWithoutLyricsOrStyle_ReportsLyricsOrStyleMissing(string? lyrics, string? style)
    {
        var draft = ADraft().WithLyrics(lyrics).WithStyle(style).Build();

        var violation = ReportAssert.SingleViolation(_rules.Validate(draft), DraftField.Lyrics);

        Assert.True(violation.IsMissing);
        Assert.Equal("missing", violation.ActualText());
        Assert.Equal("Add lyrics with /lyrics <text> or a style with /style <text>.", violation.FixText());
    }

    [Fact]
    public void Validate_LyricsOnly_IsValid()
    {
        ReportAssert.Valid(_rules.Validate(ADraft().WithLyrics("la la").Build()));
    }

    [Fact]
    public void Validate_StyleOnly_IsValid()
    {
        ReportAssert.Valid(_rules.Validate(ADraft().WithStyle("lo-fi, warm piano").Build()));
    }

    [Fact]
    public void Validate_EnhancePromptWithoutStyle_ReportsStyleMissing()
    {
        var draft = ADraft().WithEnhancePrompt().WithLyrics("la la").Build();

        var report = _rules.Validate(draft);

        ReportAssert.Missing(report, DraftField.Style, "required with topview when enhance prompt is on");
    }

    [Fact]
    public void Validate_EnhancePromptAndInstrumentalWithoutStyle_ReportsStyleOnce()
    {
        var draft = ADraft().WithEnhancePrompt().Instrumental().Build();

        ReportAssert.Missing(_rules.Validate(draft), DraftField.Style, "when instrumental and enhance prompt are on");
    }

    [Fact]
    public void Validate_LongTitle_IsNotChecked()
    {
        ReportAssert.Valid(_rules.Validate(SongDraft("Topview Music").WithTitle(Text(1000)).Build()));
    }

    [Theory]
    [InlineData("minimax music 2.6", "Minimax Music 2.6")]
    [InlineData("MINIMAX MUSIC 2.6", "Minimax Music 2.6")]
    [InlineData("topview music", "Topview Music")]
    [InlineData(null, "Topview Music")]
    public void ResolveModel_AnyCase_ReturnsProviderSpelling(string? typed, string expected)
    {
        Assert.Equal(expected, _rules.ResolveModel(typed));
    }

    [Fact]
    public void Validate_LowerCaseMinimax_AppliesMinimaxLimits()
    {
        var draft = SongDraft("minimax music 2.6").WithTextOfLength(DraftField.Lyrics, 3501).Build();

        ReportAssert.OnePastLimit(_rules.Validate(draft), DraftField.Lyrics, 3500);
    }

    [Theory]
    [InlineData("Minimax Music 2.5")]
    [InlineData("V5")]
    [InlineData("TopviewMusic")]
    public void Validate_UnknownModel_ReportsModelListingAcceptedModels(string model)
    {
        var violation = ReportAssert.SingleViolation(_rules.Validate(SongDraft(model).Build()), DraftField.Model);

        Assert.Equal("one of the topview models Topview Music, Minimax Music 2.6", violation.RuleText());
        Assert.Equal($"\"{model}\"", violation.ActualText());
    }

    [Fact]
    public void Validate_UnknownModelAndNothingToSing_ReportsBoth()
    {
        var report = _rules.Validate(ADraft().WithModel("Suno").Build());

        ReportAssert.Fields(report, DraftField.Model, DraftField.Lyrics);
    }

    [Fact]
    public void Validate_LyricsAndStyleBothTooLong_ReportsBothInFieldOrder()
    {
        var draft = ADraft().WithModel("Minimax Music 2.6").WithLyrics(Text(3600)).WithStyle(Text(2100)).Build();

        var report = _rules.Validate(draft);

        ReportAssert.Fields(report, DraftField.Style, DraftField.Lyrics);
        Assert.Equal(["2,100 characters", "3,600 characters"], report.Violations.Select(v => v.ActualText()));
    }

    [Fact]
    public void Validate_UnsupportedSettings_AreNotedAsIgnored()
    {
        var draft = SongDraft("Topview Music")
            .WithVocalGender("m")
            .WithNegativeTags("metal")
            .WithStyleWeight(0.5m)
            .WithWeirdness(5m)
            .WithAudioWeight(0.2m)
            .Build();

        var report = _rules.Validate(draft);

        ReportAssert.Valid(report);
        Assert.Equal(
            [
                "The topview provider ignores these settings: "
                + "negative tags, vocal gender, style weight, weirdness, audio weight.",
            ],
            report.NoteTexts());
    }

    [Fact]
    public void Validate_PlainSong_HasNoNotes()
    {
        Assert.Empty(_rules.Validate(SongDraft("Topview Music").Build()).Notes);
    }

    private static Builders.DraftBuilder SongDraft(string model) =>
        ADraft().WithModel(model).WithStyle("lo-fi, warm piano").WithLyrics("[Verse]\nla la la");
}
