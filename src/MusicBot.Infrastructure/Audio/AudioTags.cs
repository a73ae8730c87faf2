namespace MusicBot.Infrastructure.Audio;

/// <summary>What a music player shows for a file: its title and its artist (ID3 <c>TIT2</c> and <c>TPE1</c>).</summary>
public sealed record AudioTags(string Title, string Artist);
