namespace MusicBot.Telegram.Delivery;

/// <summary>
/// A file to upload, opened anew for each attempt: a request repeated after a 429 sends the whole file again, and
/// the library closes the stream once a request is sent.
/// </summary>
public sealed record UploadFile(string FileName, Func<CancellationToken, Task<Stream>> OpenAsync)
{
    public static UploadFile FromBytes(string fileName, byte[] content) =>
        new(fileName, _ => Task.FromResult<Stream>(new MemoryStream(content, writable: false)));

    public static UploadFile FromPath(string fileName, string path) =>
        new(fileName, _ => Task.FromResult<Stream>(File.OpenRead(path)));
}
