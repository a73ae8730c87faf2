namespace MusicBot.Infrastructure.Providers.Local.Audio;

// One note of the arrangement. Gate is how long the key is held; the voice's release rings on after it.
// Pan runs from -1 (left) to 1 (right). Stem is the part that wrote it (the composer sets it).
internal readonly record struct NoteEvent(Voice Voice, int StartFrame, int GateFrames, int Midi, float Velocity, float Pan)
{
    public Stem Stem { get; init; }
}
