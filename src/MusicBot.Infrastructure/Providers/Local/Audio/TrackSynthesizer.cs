namespace MusicBot.Infrastructure.Providers.Local.Audio;

// Renders a MusicPlan to a 44.1 kHz 16-bit stereo WAV, entirely in process. The same plan always gives
// the same bytes: every random choice comes from the plan's seed and all maths avoids platform libraries.
public static class TrackSynthesizer
{
    // The longest take the synthesizer renders, and so the longest an extended song may grow.
    public static TimeSpan MaxDuration { get; } = TimeSpan.FromMinutes(5);

    private const double DefaultFadeInSeconds = 0.02;

    public static void Render(MusicPlan plan, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        WavFormat.Write(output, RenderTake(plan, withStems: false).Mix);
    }

    // The number of frames a plan renders to.
    internal static int FramesOf(MusicPlan plan) => (int)Math.Round(plan.Duration.TotalSeconds * DspMath.SampleRate);

    // Where the closing chord of a plan's take starts: the end of its music, where a continuation picks up.
    internal static int EndingFrameOf(MusicPlan plan) => new SongForm(plan, FramesOf(plan)).EndFrame;

    // The parts a plan's take has (a drumless plan has no drum stem), without rendering it.
    internal static IReadOnlySet<Stem> StemsOf(MusicPlan plan) =>
        Composer.Compose(plan, FramesOf(plan)).Select(n => n.Stem).ToHashSet();

    // The take, mixed from one bus per part, with the parts as stems if asked. A continuation, which is spliced
    // onto audio that is already playing, starts at once instead of fading in.
    internal static RenderedTake RenderTake(MusicPlan plan, bool isContinuation = false, bool withStems = true)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfLessThan(plan.Duration, TimeSpan.FromSeconds(1));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(plan.Duration, MaxDuration);
        ArgumentOutOfRangeException.ThrowIfLessThan(plan.Tempo, 20);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(plan.Tempo, 400);

        var frames = FramesOf(plan);
        var buses = new SortedDictionary<Stem, MixBuffer>();
        var noise = new SplitMix64(StableHash.Mix(plan.Seed, 0x401E));
        var scratch = Array.Empty<float>();

        foreach (var note in Composer.Compose(plan, frames))
        {
            var length = Math.Min(note.GateFrames + VoiceRenderer.TailFrames(note.Voice), frames - note.StartFrame);
            if (length <= 0)
            {
                continue;
            }

            if (scratch.Length < length)
            {
                scratch = new float[length];
            }

            var buffer = scratch.AsSpan(0, length);
            buffer.Clear();
            VoiceRenderer.Render(note, buffer, noise);
            if (!buses.TryGetValue(note.Stem, out var bus))
            {
                bus = new MixBuffer(frames);
                buses.Add(note.Stem, bus);
            }

            bus.Add(note.StartFrame, buffer, note.Pan, VoiceRenderer.EchoSend(note.Voice));
        }

        // A dotted-eighth echo sits between the beats instead of blurring them.
        var echoDelay = (int)Math.Round(0.75 * 60.0 * DspMath.SampleRate / plan.Tempo);
        foreach (var bus in buses.Values)
        {
            bus.AddEcho(echoDelay, feedback: 0.35f, wet: 0.3f);
        }

        var fadeIn = isContinuation ? 1 : DspMath.Frames(DefaultFadeInSeconds);
        var fadeOut = DspMath.Frames(Math.Min(1.5, plan.Duration.TotalSeconds / 6));
        return MasterStage.Master(buses, frames, fadeIn, fadeOut, withStems);
    }
}
