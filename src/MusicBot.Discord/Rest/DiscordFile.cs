namespace MusicBot.Discord.Rest;

/// <summary>
/// A file to upload as <c>files[n]</c>. <see cref="Open"/> is called once per attempt, so a retried request sends the
/// whole file again.
/// </summary>
public sealed record DiscordFile(string FileName, string ContentType, long Length, Func<Stream> Open, string? Description = null)
{
    public static DiscordFile FromBytes(string fileName, string contentType, byte[] bytes, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new DiscordFile(fileName, contentType, bytes.Length, () => new MemoryStream(bytes, writable: false), description);
    }

    public static DiscordFile FromPath(string fileName, string contentType, string path, string? description = null) =>
        new(fileName, contentType, new FileInfo(path).Length, () => File.OpenRead(path), description);
}
