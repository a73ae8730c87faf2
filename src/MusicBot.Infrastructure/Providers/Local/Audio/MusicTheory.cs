namespace MusicBot.Infrastructure.Providers.Local.Audio;

internal static class MusicTheory
{
    public const string Major = "major";
    public const string Minor = "minor";
    public const string Dorian = "dorian";
    public const string Mixolydian = "mixolydian";
    public const string Phrygian = "phrygian";
    public const string Lydian = "lydian";
    public const string Pentatonic = "pentatonic";
    public const string MinorPentatonic = "minor pentatonic";

    public static readonly string[] KeyNames = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"];

    private static readonly int[] MajorSteps = [0, 2, 4, 5, 7, 9, 11];
    private static readonly int[] MinorSteps = [0, 2, 3, 5, 7, 8, 10];
    private static readonly int[][] MajorProgressions = [[0, 4, 5, 3], [0, 5, 3, 4], [5, 3, 0, 4], [0, 3, 5, 4]];
    private static readonly int[][] MinorProgressions = [[0, 5, 2, 6], [0, 6, 5, 6], [0, 3, 6, 2], [0, 5, 3, 4]];

    private static readonly ScaleShape[] Shapes =
    [
        new(Major, MajorSteps, MajorSteps, MajorProgressions),
        new(Minor, MinorSteps, MinorSteps, MinorProgressions),
        new(Dorian, [0, 2, 3, 5, 7, 9, 10], [0, 2, 3, 5, 7, 9, 10], [[0, 3, 0, 3], [0, 2, 3, 0], [0, 6, 3, 0]]),
        new(Mixolydian, [0, 2, 4, 5, 7, 9, 10], [0, 2, 4, 5, 7, 9, 10], [[0, 6, 3, 0], [0, 4, 6, 3]]),
        new(Phrygian, [0, 1, 3, 5, 7, 8, 10], [0, 1, 3, 5, 7, 8, 10], [[0, 1, 0, 6], [0, 1, 6, 0]]),
        new(Lydian, [0, 2, 4, 6, 7, 9, 11], [0, 2, 4, 6, 7, 9, 11], [[0, 1, 0, 1], [0, 1, 5, 1]]),
        new(Pentatonic, [0, 2, 4, 7, 9], MajorSteps, MajorProgressions),
        new(MinorPentatonic, [0, 3, 5, 7, 10], MinorSteps, MinorProgressions),
    ];

    // Equal-temperament ratios 2^(n/12) as literals, so pitches never depend on the platform's Math.Pow.
    private static readonly double[] SemitoneRatios =
    [
        1.0, 1.0594630943592953, 1.122462048309373, 1.189207115002721, 1.2599210498948732, 1.3348398541700344,
        1.4142135623730951, 1.4983070768766815, 1.5874010519681994, 1.681792830507429, 1.7817974362806785,
        1.8877486253633868,
    ];

    public static IReadOnlyList<string> ScaleNames { get; } = Array.ConvertAll(Shapes, s => s.Name);

    // Unknown names fall back to major rather than failing: a plan may come from outside the planner.
    public static ScaleShape Scale(string name) =>
        Array.Find(Shapes, s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)) ?? Shapes[0];

    public static int PitchClass(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var pitch = char.ToUpperInvariant(key[0]) switch
        {
            'C' => 0,
            'D' => 2,
            'E' => 4,
            'F' => 5,
            'G' => 7,
            'A' => 9,
            'B' => 11,
            _ => throw new ArgumentException($"'{key}' is not a key name.", nameof(key)),
        };

        foreach (var accidental in key.AsSpan(1))
        {
            pitch += accidental switch
            {
                '#' or '♯' => 1,
                'b' or '♭' => -1,
                _ => 0,
            };
        }

        return ((pitch % 12) + 12) % 12;
    }

    public static double MidiToFrequency(int midi)
    {
        var fromA4 = midi - 69;
        var octave = (int)Math.Floor(fromA4 / 12.0);
        return Math.ScaleB(440.0 * SemitoneRatios[fromA4 - (12 * octave)], octave);
    }
}
