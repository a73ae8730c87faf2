namespace MusicBot.Telegram.Rendering;

/// <summary>
/// The words around one delivered track: its caption (at most 1024 characters), and the lyrics when they did not
/// fit the caption: as a message when they fit 4096 characters (<see cref="LyricsMessage"/>), else as a .txt file.
/// </summary>
public sealed record TrackText(string Caption, string? LyricsMessage, string? LyricsDocument);
