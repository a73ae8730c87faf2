namespace MusicBot.Core.Operations;

/// <summary>
/// Work a provider does on something that already exists: a finished track (extend, add vocals or an
/// accompaniment, a WAV copy, separated stems) or the user's idea for a song (AI-written lyrics).
/// </summary>
public enum OperationKind
{
    Extend = 1,
    AddVocals = 2,
    AddInstrumental = 3,
    Wav = 4,
    Stems = 5,
    Lyrics = 6,
}
