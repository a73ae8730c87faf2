using MusicBot.Core.Songs;
using MusicBot.Core.Validation;
using static MusicBot.Core.Tests.Builders.DraftBuilder;

namespace MusicBot.Core.Tests.Validation;

public sealed class LocalRulesTests
{
    private const string LyricsNote =
        "The local provider makes instrumentals only; your lyrics are kept in the draft but not sung.";

    private readonly LocalRules _rules = new();

    public static TheoryData<DraftField, int> Limits => new()
    {
        { DraftField.Style, 1000 },
        { DraftField.Lyrics, 5000 },
        { DraftField.Title, 100 },
    };

    [Fact]
    public void Models_Always_HaveOnlySynth()
    {
        Assert.Equal("local", _rules.Provider);
        Assert.Equal("synth", _rules.DefaultModel);
        Assert.Equal(["synth"], _rules.Models);
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void Validate_FieldAtLimit_IsValid(DraftField field, int limit)
    {
        var draft = ADraft().WithStyle("chiptune").WithTextOfLength(field, limit).Build();

        ReportAssert.Valid(_rules.Validate(draft));
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void Validate_FieldOnePastLimit_ReportsFieldAndLimit(DraftField field, int limit)
    {
        var draft = ADraft().WithStyle("chiptune").WithTextOfLength(field, limit + 1).Build();

        var report = _rules.Validate(draft);

        ReportAssert.OnePastLimit(report, field, limit);
        Assert.EndsWith("with the local provider", report.Violations[0].RuleText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_NoStyle_ReportsStyleMissing(string? style)
    {
        var report = _rules.Validate(ADraft().WithStyle(style).WithLyrics("la la").Build());

        ReportAssert.Missing(report, DraftField.Style, "required with the local provider");
        Assert.Equal("Set it with /style <text>.", report.Violations[0].FixText());
    }

    [Fact]
    public void Validate_StyleOnly_IsValidWithoutNotes()
    {
        var report = _rules.Validate(ADraft().WithStyle("chiptune").Build());

        ReportAssert.Valid(report);
        Assert.Empty(report.NoteTexts());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Validate_Lyrics_NotesTheyAreNotSung(bool instrumental)
    {
        var draft = ADraft().WithStyle("chiptune").WithLyrics("la la").Instrumental(instrumental).Build();

        var report = _rules.Validate(draft);

        ReportAssert.Valid(report);
        Assert.Equal([LyricsNote], report.NoteTexts());
    }

    [Fact]
    public void Validate_VocalGenderAndWeights_AreNotedAsIgnoredNotChecked()
    {
        var draft = ADraft()
            .WithStyle("chiptune")
            .WithVocalGender("x")
            .WithStyleWeight(2m)
            .WithAudioWeight(0.005m)
            .Build();

        var report = _rules.Validate(draft);

        ReportAssert.Valid(report);
        Assert.Equal(
            ["The local provider ignores these settings: vocal gender, style weight, audio weight."],
            report.NoteTexts());
    }

    [Theory]
    [InlineData("SYNTH")]
    [InlineData("Synth")]
    [InlineData(null)]
    public void ResolveModel_AnyCase_ReturnsSynth(string? typed)
    {
        Assert.Equal("synth", _rules.ResolveModel(typed));
    }

    [Theory]
    [InlineData("piano")]
    [InlineData("V5")]
    public void Validate_UnknownModel_ReportsModel(string model)
    {
        var violation = ReportAssert.SingleViolation(
            _rules.Validate(ADraft().WithModel(model).WithStyle("chiptune").Build()), DraftField.Model);

        Assert.Equal("one of the local models synth", violation.RuleText());
        Assert.Equal("Pick one with /model <name>, e.g. /model synth.", violation.FixText());
    }

    [Fact]
    public void Validate_ThreeBrokenRules_ReportsAllThreeInFieldOrder()
    {
        var draft = ADraft().WithTitle(Text(101)).WithLyrics(Text(5001)).Build();

        var report = _rules.Validate(draft);

        ReportAssert.Fields(report, DraftField.Style, DraftField.Lyrics, DraftField.Title);
        Assert.Equal(["missing", "5,001 characters", "101 characters"], report.Violations.Select(v => v.ActualText()));
    }
}
