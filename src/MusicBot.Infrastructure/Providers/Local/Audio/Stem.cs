namespace MusicBot.Infrastructure.Providers.Local.Audio;

// The parts the composer writes, each rendered on its own bus so a take can be handed out as stems.
// The order is the order stems are listed in.
internal enum Stem
{
    Drums,
    Bass,
    Chords,
    Melody,
}
