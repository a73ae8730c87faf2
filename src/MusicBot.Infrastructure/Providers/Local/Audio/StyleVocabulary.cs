using System.Collections.Frozen;
using static MusicBot.Infrastructure.Providers.Local.Audio.InstrumentNames;
using static MusicBot.Infrastructure.Providers.Local.Audio.MusicTheory;

namespace MusicBot.Infrastructure.Providers.Local.Audio;

// The words StylePlanner understands. Words are lower-case; "lo-fi" and "no drums" also arrive joined
// ("lofi", "nodrums") because the planner adds every pair of adjacent words.
internal static class StyleVocabulary
{
    public const int MinTempo = 60;
    public const int MaxTempo = 180;

    // Checked in order: the first mood with a matching word wins, so quieter moods beat genre words
    // ("sad rock" stays slow).
    public static readonly StyleMood[] Moods =
    [
        new(["ambient", "meditation", "drone", "atmospheric", "space", "sleep", "sleepy", "lullaby"],
            60, 78, [Dorian, Minor], [Pad, Strings, Piano], IsDrumless: true),
        new(["sad", "melancholy", "melancholic", "rainy", "rain", "lonely", "gloomy", "heartbreak", "tears"],
            66, 84, [Minor], [Piano, Strings, Guitar]),
        new(["lofi", "chill", "chillhop", "relax", "relaxing", "relaxed", "mellow", "calm", "study", "jazz",
            "jazzy", "dreamy", "soft", "smooth", "coffee", "night", "peaceful"],
            72, 90, [Dorian, Minor], [Piano, Guitar, Pad]),
        new(["metal", "punk", "thrash", "hardcore", "dnb", "drumandbass", "aggressive"],
            150, 176, [Minor, Phrygian], [Guitar]),
        new(["edm", "dance", "techno", "house", "trance", "club", "electro", "disco", "rave", "electronic"],
            120, 132, [Minor, Dorian, Major], [Pad, Pluck]),
        new(["rock", "grunge", "indie", "alternative", "garage"],
            112, 140, [Minor, Mixolydian, Major], [Guitar]),
        new(["happy", "upbeat", "energetic", "party", "summer", "sunny", "joyful", "cheerful", "fun", "pop", "bright"],
            112, 132, [Major, Mixolydian, Pentatonic], [Piano, Guitar, Pluck]),
        new(["hiphop", "rap", "trap", "boombap"],
            82, 96, [Minor, Dorian], [Piano, Pad, Pluck]),
        new(["epic", "cinematic", "orchestral", "heroic", "trailer", "film"],
            90, 112, [Minor], [Strings]),
    ];

    public static readonly StyleMood DefaultMood =
        new([], 92, 118, [Major, Minor, Dorian, Mixolydian, Pentatonic], [Piano, Guitar, Pad, Pluck, Strings]);

    public static readonly FrozenSet<string> SlowWords =
        FrozenSet.Create(StringComparer.Ordinal, "slow", "slower", "downtempo", "ballad");

    public static readonly FrozenSet<string> FastWords =
        FrozenSet.Create(StringComparer.Ordinal, "fast", "faster", "uptempo", "speedy", "hyper", "frantic");

    public static readonly FrozenSet<string> NegationWords =
        FrozenSet.Create(StringComparer.Ordinal, "no", "without", "minus", "zero");

    // Words that mean "no drums" on their own.
    public static readonly FrozenSet<string> DrumlessWords =
        FrozenSet.Create(StringComparer.Ordinal, "nodrums", "drumless", "beatless", "acapella");

    // Extra colour for the tune when the user named none; the variation may swap it.
    public static readonly string[] ExtraPool = [Lead, Pluck, Pad, Strings];

    public static readonly string[] MelodicExtras = [Lead, Pluck];

    // Voices that articulate a tune well; pads and strings swell too slowly.
    public static readonly string[] MelodicInstruments = [Piano, Guitar, Pluck, Lead];

    public static readonly FrozenDictionary<string, string> InstrumentWords = new Dictionary<string, string>
    {
        ["piano"] = Piano, ["keys"] = Piano, ["rhodes"] = Piano, ["keyboard"] = Piano,
        ["guitar"] = Guitar, ["guitars"] = Guitar, ["acoustic"] = Guitar, ["strum"] = Guitar,
        ["strings"] = Strings, ["string"] = Strings, ["violin"] = Strings, ["cello"] = Strings,
        ["orchestra"] = Strings, ["orchestral"] = Strings,
        ["pad"] = Pad, ["pads"] = Pad, ["atmospheric"] = Pad, ["synthwave"] = Pad,
        ["pluck"] = Pluck, ["plucks"] = Pluck, ["harp"] = Pluck, ["bell"] = Pluck, ["bells"] = Pluck,
        ["marimba"] = Pluck, ["kalimba"] = Pluck,
        ["lead"] = Lead, ["synth"] = Lead, ["synths"] = Lead, ["flute"] = Lead, ["whistle"] = Lead,
        ["bass"] = Bass, ["bassline"] = Bass, ["808"] = Bass,
        ["drums"] = Drums, ["drum"] = Drums, ["beat"] = Drums, ["beats"] = Drums, ["percussion"] = Drums,
        ["groove"] = Drums,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
