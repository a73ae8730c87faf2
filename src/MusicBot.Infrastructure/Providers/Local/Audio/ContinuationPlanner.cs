namespace MusicBot.Infrastructure.Providers.Local.Audio;

// The plan of the section an extension adds: the same band (tempo, key, scale, instruments and length of a
// section) with a new seed and the next section number, so it brings a new tune, groove and progression.
// Each take of an extension gets its own seed from the section it continues, so the same request always
// continues the same way.
internal static class ContinuationPlanner
{
    public static MusicPlan Continue(MusicPlan previous, int take)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        return previous with
        {
            Variation = take,
            Seed = StableHash.Mix(previous.Seed, 0xC0DA0000UL + (ulong)take),
            Section = previous.Section + 1,
        };
    }
}
