namespace MusicBot.Infrastructure.Providers.Local.Audio;

// What the synthesizer can sound: the plan's instruments, with the drum kit split into its pieces.
internal enum Voice
{
    Piano,
    Guitar,
    Strings,
    Pad,
    Pluck,
    Lead,
    Bass,
    Kick,
    Snare,
    ClosedHat,
    OpenHat,
}
