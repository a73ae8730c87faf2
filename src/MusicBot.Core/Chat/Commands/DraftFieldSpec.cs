using MusicBot.Core.Drafts;

namespace MusicBot.Core.Chat.Commands;

/// <summary>How one draft field is set from chat: the command word and its help.</summary>
/// <param name="AsksWhenEmpty">A bare command asks for the value in the next message (multi-line lyrics).</param>
public sealed record DraftFieldSpec(string Name, DraftField Field, string Usage, string Summary, bool AsksWhenEmpty = false);
