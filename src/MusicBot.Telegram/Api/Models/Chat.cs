namespace MusicBot.Telegram.Api.Models;

/// <summary>A chat: private, group, supergroup or channel. Group ids are negative, supergroups look like -100….</summary>
public sealed record Chat
{
    public long Id { get; init; }

    public string Type { get; init; } = "";

    public string? Title { get; init; }

    public string? Username { get; init; }

    public string? FirstName { get; init; }

    public bool IsPrivate => Type == "private";
}
