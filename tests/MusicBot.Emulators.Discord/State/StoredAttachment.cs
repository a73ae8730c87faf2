namespace MusicBot.Emulators.Discord.State;

/// <summary>A file the bot uploaded (or a user attachment the emulator serves from its CDN route).</summary>
public sealed record StoredAttachment(string Id, string Filename, string ContentType, byte[] Bytes, string Url)
{
    public long Size => Bytes.LongLength;
}
