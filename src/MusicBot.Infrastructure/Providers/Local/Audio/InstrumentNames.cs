namespace MusicBot.Infrastructure.Providers.Local.Audio;

// The instrument names a MusicPlan may contain, in the order a plan lists them.
public static class InstrumentNames
{
    public const string Piano = "piano";
    public const string Guitar = "guitar";
    public const string Strings = "strings";
    public const string Pad = "pad";
    public const string Pluck = "pluck";
    public const string Lead = "lead";
    public const string Bass = "bass";
    public const string Drums = "drums";

    public static IReadOnlyList<string> All { get; } = [Piano, Guitar, Strings, Pad, Pluck, Lead, Bass, Drums];

    // Instruments that can carry the chords.
    public static IReadOnlyList<string> Harmony { get; } = [Piano, Guitar, Strings, Pad, Pluck];
}
