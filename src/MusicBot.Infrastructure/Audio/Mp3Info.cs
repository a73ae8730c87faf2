namespace MusicBot.Infrastructure.Audio;

/// <summary>What ffprobe reads in an audio file: the codec of its audio stream, its length, bit rate and tags.</summary>
public sealed record Mp3Info(string Codec, TimeSpan Duration, long BitRate, string? Title, string? Artist);
