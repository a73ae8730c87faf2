namespace MusicBot.Infrastructure.Providers.Local.Audio;

// Everything the synthesizer needs to render one take; StylePlanner derives it from the style text.
// Section counts the continuations a take is made of: 0 for a new song, 1 for the part an extension adds.
public sealed record MusicPlan(
    int Tempo,
    string Key,
    string Scale,
    IReadOnlyList<string> Instruments,
    TimeSpan Duration,
    int Variation,
    ulong Seed,
    int Section = 0)
{
    public bool HasInstrument(string instrument) => Instruments.Contains(instrument, StringComparer.Ordinal);

    public string Describe() => $"{Tempo} BPM, {Key} {Scale}, {string.Join(" + ", Instruments)}";

    // Compiler-generated record equality would compare the instrument list by reference.
    public bool Equals(MusicPlan? other) =>
        other is not null
        && Tempo == other.Tempo
        && string.Equals(Key, other.Key, StringComparison.Ordinal)
        && string.Equals(Scale, other.Scale, StringComparison.Ordinal)
        && Instruments.SequenceEqual(other.Instruments, StringComparer.Ordinal)
        && Duration == other.Duration
        && Variation == other.Variation
        && Seed == other.Seed
        && Section == other.Section;

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Tempo);
        hash.Add(Key, StringComparer.Ordinal);
        hash.Add(Scale, StringComparer.Ordinal);
        foreach (var instrument in Instruments)
        {
            hash.Add(instrument, StringComparer.Ordinal);
        }

        hash.Add(Duration);
        hash.Add(Variation);
        hash.Add(Seed);
        hash.Add(Section);
        return hash.ToHashCode();
    }
}
