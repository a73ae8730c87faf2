namespace MusicBot.Telegram.Api.Models;

/// <summary>An audio file as Telegram stores it (the music player's view of a track).</summary>
public sealed record Audio
{
    public string FileId { get; init; } = "";

    public string FileUniqueId { get; init; } = "";

    public int Duration { get; init; }

    public string? Performer { get; init; }

    public string? Title { get; init; }

    public string? FileName { get; init; }

    public string? MimeType { get; init; }

    public long? FileSize { get; init; }

    public PhotoSize? Thumbnail { get; init; }
}

/// <summary>A general file.</summary>
public sealed record Document
{
    public string FileId { get; init; } = "";

    public string FileUniqueId { get; init; } = "";

    public string? FileName { get; init; }

    public string? MimeType { get; init; }

    public long? FileSize { get; init; }
}

/// <summary>One size of a photo or thumbnail.</summary>
public sealed record PhotoSize
{
    public string FileId { get; init; } = "";

    public string FileUniqueId { get; init; } = "";

    public int Width { get; init; }

    public int Height { get; init; }
}
