using MusicBot.Infrastructure.Providers.Local.Audio;

namespace MusicBot.Infrastructure.Tests.Providers.Local.Audio;

public sealed class StylePlannerTests
{
    public static TheoryData<string> Styles =>
    [
        "lo-fi chill piano", "fast upbeat edm dance", "ambient no drums", "heavy metal", "sad rainy strings",
        "happy pop", "jazz", "", "house at 60 bpm", "punk at 300 bpm", "🎹 dreamy synthwave",
    ];

    [Fact]
    public void Plan_SameStyleTwice_ReturnsEqualPlans()
    {
        Assert.Equal(StylePlanner.Plan("dreamy synthwave at night", 1), StylePlanner.Plan("dreamy synthwave at night", 1));
    }

    [Fact]
    public void Plan_CaseAndSurroundingWhitespace_DoNotChangePlan()
    {
        Assert.Equal(StylePlanner.Plan("lo-fi piano", 2), StylePlanner.Plan("  Lo-Fi Piano \n", 2));
    }

    [Fact]
    public void Plan_KnownStyle_MatchesPlanPinnedInEarlierRuns()
    {
        // Pinned values prove the plan does not depend on a per-process hash; change them only on purpose.
        var plan = StylePlanner.Plan("lo-fi chill piano", 1);

        Assert.Equal("84 BPM, F minor, piano + strings + bass + drums", plan.Describe());
        Assert.Equal(0xDA21536D7E88D881UL, plan.Seed);
        Assert.Equal(TimeSpan.FromSeconds(18.64), plan.Duration);
    }

    [Theory]
    [InlineData("lo-fi piano", "heavy metal guitar")]
    [InlineData("jazz", "jazz piano")]
    [InlineData("happy pop", "happy pop song")]
    public void Plan_DifferentStyles_ReturnDifferentPlans(string first, string second)
    {
        var a = StylePlanner.Plan(first, 1);
        var b = StylePlanner.Plan(second, 1);

        Assert.NotEqual(a, b);
        Assert.NotEqual(a.Seed, b.Seed);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Plan_TwoVariations_ShareKeyScaleTempoAndDurationButNotSeed(string style)
    {
        var first = StylePlanner.Plan(style, 1);
        var second = StylePlanner.Plan(style, 2);

        Assert.Equal(
            (first.Key, first.Scale, first.Tempo, first.Duration),
            (second.Key, second.Scale, second.Tempo, second.Duration));
        Assert.Equal((1, 2), (first.Variation, second.Variation));
        Assert.NotEqual(first.Seed, second.Seed);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Plan_AnyStyle_LastsEightToTwentySecondsAtASaneTempo(string style)
    {
        var plan = StylePlanner.Plan(style, 1);

        Assert.InRange(plan.Duration, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(20));
        Assert.InRange(plan.Tempo, 60, 180);
        Assert.Contains(plan.Key, MusicTheory.KeyNames);
        Assert.Contains(plan.Scale, MusicTheory.ScaleNames);
        Assert.All(plan.Instruments, i => Assert.Contains(i, InstrumentNames.All));
        Assert.Contains(plan.Instruments, InstrumentNames.Harmony.Contains);
    }

    [Fact]
    public void Plan_SlowLofiVersusFastEdm_SlowStyleHasLowerTempo()
    {
        var slow = StylePlanner.Plan("slow lo-fi rainy piano", 1);
        var fast = StylePlanner.Plan("fast upbeat edm dance", 1);

        Assert.True(slow.Tempo < fast.Tempo, $"{slow.Tempo} BPM should be below {fast.Tempo} BPM");
        Assert.InRange(slow.Tempo, 60, 90);
        Assert.InRange(fast.Tempo, 120, 180);
    }

    [Theory]
    [InlineData("lo-fi beats")]
    [InlineData("LoFi study")]
    [InlineData("chill evening")]
    [InlineData("rainy day")]
    [InlineData("sad song")]
    [InlineData("ambient")]
    public void Plan_CalmOrSadWords_AreSlowAndMinorOrDorian(string style)
    {
        var plan = StylePlanner.Plan(style, 1);

        Assert.InRange(plan.Tempo, 60, 90);
        Assert.True(plan.Scale is "minor" or "dorian", plan.Scale);
    }

    [Theory]
    [InlineData("rock anthem")]
    [InlineData("punk")]
    [InlineData("techno")]
    [InlineData("happy upbeat")]
    public void Plan_EnergeticWords_AreFast(string style)
    {
        Assert.InRange(StylePlanner.Plan(style, 1).Tempo, 110, 180);
    }

    [Theory]
    [InlineData("piano", InstrumentNames.Piano)]
    [InlineData("lo-fi piano", InstrumentNames.Piano)]
    [InlineData("acoustic guitar ballad", InstrumentNames.Guitar)]
    [InlineData("cinematic strings", InstrumentNames.Strings)]
    [InlineData("synth lead", InstrumentNames.Lead)]
    [InlineData("ambient drums", InstrumentNames.Drums)]
    public void Plan_InstrumentWord_SelectsThatInstrument(string style, string instrument)
    {
        Assert.True(StylePlanner.Plan(style, 1).HasInstrument(instrument));
        Assert.True(StylePlanner.Plan(style, 2).HasInstrument(instrument));
    }

    [Theory]
    [InlineData("ambient no drums")]
    [InlineData("ambient")]
    [InlineData("rock without drums")]
    [InlineData("drumless piano")]
    public void Plan_NoDrumsOrAmbient_HasNoDrums(string style)
    {
        Assert.False(StylePlanner.Plan(style, 1).HasInstrument(InstrumentNames.Drums));
        Assert.False(StylePlanner.Plan(style, 2).HasInstrument(InstrumentNames.Drums));
    }

    [Fact]
    public void Plan_NoBass_HasNoBass()
    {
        Assert.False(StylePlanner.Plan("funk with no bass", 1).HasInstrument(InstrumentNames.Bass));
    }

    [Fact]
    public void Plan_PlainGenre_HasBassAndDrums()
    {
        var plan = StylePlanner.Plan("pop", 1);

        Assert.True(plan.HasInstrument(InstrumentNames.Bass));
        Assert.True(plan.HasInstrument(InstrumentNames.Drums));
    }

    [Fact]
    public void Plan_ExplicitBpmAndKey_AreHonoured()
    {
        var plan = StylePlanner.Plan("Deep house in F# minor at 124 BPM", 1);

        Assert.Equal((124, "F#", "minor"), (plan.Tempo, plan.Key, plan.Scale));
    }

    [Theory]
    [InlineData("modal dorian jam", "dorian")]
    [InlineData("minor pentatonic blues", "minor pentatonic")]
    [InlineData("major key rock", "major")]
    public void Plan_ExplicitScaleWord_IsHonoured(string style, string scale)
    {
        Assert.Equal(scale, StylePlanner.Plan(style, 1).Scale);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Plan_VariationOutsideOneOrTwo_Throws(int variation)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StylePlanner.Plan("jazz", variation));
    }

    [Fact]
    public void Describe_Plan_ReadsAsTempoKeyScaleAndInstruments()
    {
        var plan = new MusicPlan(84, "D", "minor", ["piano", "bass", "drums"], TimeSpan.FromSeconds(12), 1, 7);

        Assert.Equal("84 BPM, D minor, piano + bass + drums", plan.Describe());
    }
}
