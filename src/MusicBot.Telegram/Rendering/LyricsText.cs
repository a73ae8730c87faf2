namespace MusicBot.Telegram.Rendering;

/// <summary>
/// One AI-written lyrics version as Telegram text: a message (<see cref="Document"/> null), or, when the lyrics are
/// longer than a message, <see cref="Html"/> as the caption of a .txt file holding <see cref="Document"/>.
/// </summary>
public sealed record LyricsText(string Html, string? Document);
