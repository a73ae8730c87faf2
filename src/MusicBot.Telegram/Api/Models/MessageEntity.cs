namespace MusicBot.Telegram.Api.Models;

/// <summary>A special part of a text; offset and length are UTF-16 code units, like C# string indexes.</summary>
public sealed record MessageEntity
{
    public string Type { get; init; } = "";

    public int Offset { get; init; }

    public int Length { get; init; }

    public string? Url { get; init; }

    /// <summary>For <c>text_mention</c>: the user named without a username.</summary>
    public User? User { get; init; }
}
