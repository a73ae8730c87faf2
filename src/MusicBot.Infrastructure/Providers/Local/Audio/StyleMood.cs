namespace MusicBot.Infrastructure.Providers.Local.Audio;

// A family of style words with the tempo range, scales and chord instruments that suit it.
internal sealed record StyleMood(
    string[] Words,
    int MinTempo,
    int MaxTempo,
    string[] Scales,
    string[] HarmonyPool,
    bool IsDrumless = false);
