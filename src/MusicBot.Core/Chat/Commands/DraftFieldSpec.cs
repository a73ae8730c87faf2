using MusicBot.Core.Songs;

namespace MusicBot.Core.Chat.Commands;

/// <summary>How one draft field is set from text: the command word.</summary>
/// <param name="AsksWhenEmpty">A bare command asks for the value in the next message (multi-line lyrics).</param>
public sealed record DraftFieldSpec(string Name, DraftField Field, bool AsksWhenEmpty = false);
