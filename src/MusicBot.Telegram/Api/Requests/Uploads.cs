using MusicBot.Telegram.Api.Models;

namespace MusicBot.Telegram.Api.Requests;

/// <summary>
/// A file to upload with multipart/form-data. It is opened per attempt, so a request repeated after a 429 sends the
/// whole file again.
/// </summary>
public sealed record InputFile(string FileName, string ContentType, Func<CancellationToken, Task<Stream>> OpenAsync)
{
    public static InputFile FromBytes(string fileName, string contentType, byte[] content) =>
        new(fileName, contentType, _ => Task.FromResult<Stream>(new MemoryStream(content, writable: false)));

    public static InputFile FromPath(string fileName, string contentType, string path) =>
        new(fileName, contentType, _ => Task.FromResult<Stream>(File.OpenRead(path)));
}

/// <summary>sendAudio as an upload: the only way a thumbnail is accepted (JPEG, under 200 kB, at most 320×320).</summary>
public sealed record AudioUpload
{
    public long ChatId { get; init; }

    public required InputFile Audio { get; init; }

    public string? Caption { get; init; }

    public string? ParseMode { get; init; }

    public int? Duration { get; init; }

    public string? Performer { get; init; }

    public string? Title { get; init; }

    public InputFile? Thumbnail { get; init; }

    public ReplyParameters? ReplyParameters { get; init; }

    public ReplyMarkup? ReplyMarkup { get; init; }
}

/// <summary>
/// sendDocument as an upload: lyrics too long for a message, and audio the music player does not take (WAV). The
/// thumbnail follows sendAudio's rules.
/// </summary>
public sealed record DocumentUpload
{
    public long ChatId { get; init; }

    public required InputFile Document { get; init; }

    public string? Caption { get; init; }

    public string? ParseMode { get; init; }

    public InputFile? Thumbnail { get; init; }

    public ReplyParameters? ReplyParameters { get; init; }

    public ReplyMarkup? ReplyMarkup { get; init; }
}
