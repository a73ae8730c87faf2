using MusicBot.Infrastructure.Providers.Local.Audio;

namespace MusicBot.Infrastructure.Providers.Local;

/// <summary>
/// How one local take is made: a new song from its plan, or an extension that keeps an earlier take up to a cut
/// and continues it with a new section. Enough to know a take's length and ending without rendering it, and to
/// render it again part by part (stems).
/// </summary>
internal abstract record TakeRecipe
{
    /// <summary>The plan of the take's last section: what a continuation carries on from.</summary>
    public abstract MusicPlan LastPlan { get; }

    public abstract int Frames { get; }

    /// <summary>Where the closing chord starts: the end of the music, where "continue from the end" cuts.</summary>
    public abstract int EndingFrame { get; }

    public sealed record NewSong(MusicPlan Plan) : TakeRecipe
    {
        public override MusicPlan LastPlan => Plan;

        public override int Frames => TrackSynthesizer.FramesOf(Plan);

        public override int EndingFrame => TrackSynthesizer.EndingFrameOf(Plan);
    }

    public sealed record Extension(TakeRecipe Source, int Cut, MusicPlan Continuation) : TakeRecipe
    {
        public override MusicPlan LastPlan => Continuation;

        public override int Frames => Cut + TrackSynthesizer.FramesOf(Continuation);

        public override int EndingFrame => Cut + TrackSynthesizer.EndingFrameOf(Continuation);
    }
}
