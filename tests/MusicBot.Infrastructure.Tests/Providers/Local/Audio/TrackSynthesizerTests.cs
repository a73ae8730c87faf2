using MusicBot.Infrastructure.Providers.Local.Audio;

namespace MusicBot.Infrastructure.Tests.Providers.Local.Audio;

public sealed class TrackSynthesizerTests
{
    private const string Style = "lo-fi chill piano";

    public static TheoryData<string> Styles =>
    [
        Style, "fast upbeat edm dance", "ambient no drums", "heavy metal guitar", "happy pop", "cinematic strings",
    ];

    [Theory]
    [MemberData(nameof(Styles))]
    public void Render_AnyStyle_WritesCanonicalPcmHeader(string style)
    {
        var bytes = AudioRenders.Render(style);

        var wav = WavReader.Read(bytes);

        Assert.Equal(new WavFormatChunk(1, 2, 44100, 44100 * 4, 4, 16), wav.Format);
        Assert.Equal(bytes.Length - 8, wav.RiffSize);
        Assert.Equal(bytes.Length - 44, wav.DataSize);
        Assert.Equal(0, wav.DataSize % wav.Format.BlockAlign);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Render_AnyStyle_LastsExactlyThePlannedDurationOfAtLeastEightSeconds(string style)
    {
        var plan = StylePlanner.Plan(style, 1);

        var wav = WavReader.Read(AudioRenders.Render(plan));

        Assert.Equal(plan.Duration, wav.Duration);
        Assert.True(wav.Duration >= TimeSpan.FromSeconds(8), $"only {wav.Duration}");
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Render_AnyStyle_IsAudibleAndRarelyAtFullScale(string style)
    {
        var wav = WavReader.Read(AudioRenders.Render(style));

        Assert.True(wav.Rms > 2000, $"RMS {wav.Rms:F0} is too quiet");
        Assert.True(wav.FractionAtFullScale < 0.001, $"{wav.FractionAtFullScale:P3} of samples at full scale");
    }

    [Fact]
    public void Render_AnyStyle_FadesInAndOutWithoutClicks()
    {
        var wav = WavReader.Read(AudioRenders.Render(Style));
        var frames = wav.Samples.Length / 2;

        Assert.True(wav.FramePeak(0) < 100, $"first frame {wav.FramePeak(0)}");
        Assert.True(wav.FramePeak(frames - 1) < 100, $"last frame {wav.FramePeak(frames - 1)}");
    }

    [Fact]
    public void Render_AnyStyle_IsStereoRatherThanTwoIdenticalChannels()
    {
        var samples = WavReader.Read(AudioRenders.Render(Style)).Samples;

        var differing = Enumerable.Range(0, samples.Length / 2).Count(f => samples[2 * f] != samples[(2 * f) + 1]);

        Assert.True(differing > samples.Length / 4, $"only {differing} frames differ between channels");
    }

    [Fact]
    public void Render_SamePlanTwice_WritesIdenticalBytes()
    {
        var plan = StylePlanner.Plan(Style, 2);

        Assert.Equal(AudioRenders.RenderUncached(plan), AudioRenders.RenderUncached(plan));
    }

    [Fact]
    public void Render_StylesDifferingOnlyInCaseAndWhitespace_WriteIdenticalBytes()
    {
        var first = AudioRenders.RenderUncached(StylePlanner.Plan("Lo-Fi Piano ", 1));
        var second = AudioRenders.RenderUncached(StylePlanner.Plan("lo-fi piano", 1));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Render_DifferentStyles_WriteDifferentBytes()
    {
        Assert.NotEqual(AudioRenders.Render(Style), AudioRenders.Render("happy pop"));
    }

    [Fact]
    public void Render_TwoVariations_WriteDifferentAudio()
    {
        var first = WavReader.Read(AudioRenders.Render(Style, 1)).Samples;
        var second = WavReader.Read(AudioRenders.Render(Style, 2)).Samples;

        Assert.Equal(first.Length, second.Length);
        Assert.True(first.Zip(second).Count(p => p.First != p.Second) > first.Length / 2);
    }

    [Fact]
    public void Render_PlanWithUnknownInstruments_StillMakesMusic()
    {
        var plan = new MusicPlan(100, "A", "no-such-scale", ["kazoo"], TimeSpan.FromSeconds(8), 1, 42);

        var wav = WavReader.Read(AudioRenders.Render(plan));

        Assert.Equal(TimeSpan.FromSeconds(8), wav.Duration);
        Assert.True(wav.Rms > 500, $"RMS {wav.Rms:F0}");
    }

    [Fact]
    public void Render_DurationUnderOneSecond_Throws()
    {
        var plan = StylePlanner.Plan(Style, 1) with { Duration = TimeSpan.FromMilliseconds(500) };

        Assert.Throws<ArgumentOutOfRangeException>(() => AudioRenders.RenderUncached(plan));
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void RenderTake_AnyStyle_StemsAddUpToTheMix(string style)
    {
        var take = TrackSynthesizer.RenderTake(StylePlanner.Plan(style, 1));

        // Each stem is rounded to 16 bits on its own: half a step each, plus the mix's own half step.
        var tolerance = (take.Stems.Count + 1) / 2.0;
        var worst = Enumerable.Range(0, take.Mix.Length).Max(i => Math.Abs(take.Stems.Values.Sum(s => s[i]) - take.Mix[i]));
        Assert.True(worst <= tolerance, $"stems differ from the mix by up to {worst}");
        Assert.True(take.Stems.Count >= 3, $"only {string.Join(", ", take.Stems.Keys)}");
        Assert.All(take.Stems.Values, s => Assert.Contains(s, sample => Math.Abs((int)sample) > 1000));
    }

    [Fact]
    public void RenderTake_DrumlessStyle_HasNoDrumStem()
    {
        var plan = StylePlanner.Plan("ambient no drums", 1);

        var take = TrackSynthesizer.RenderTake(plan);

        Assert.DoesNotContain(Stem.Drums, take.Stems.Keys);
        Assert.Equal(TrackSynthesizer.StemsOf(plan).Order(), take.Stems.Keys.Order());
    }

    [Fact]
    public void Render_WritesTheMixOfRenderTake()
    {
        var plan = StylePlanner.Plan(Style, 1);

        var samples = WavReader.Read(AudioRenders.Render(plan)).Samples;

        Assert.Equal(TrackSynthesizer.RenderTake(plan).Mix, samples);
    }
}
