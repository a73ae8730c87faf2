namespace MusicBot.Telegram.Api.Models;

/// <summary>A member of a chat. Status is creator, administrator, member, restricted, left or kicked.</summary>
public sealed record ChatMember
{
    public string Status { get; init; } = "";

    public User User { get; init; } = new();

    public bool IsAdmin => Status is "creator" or "administrator";
}
