namespace MusicBot.Telegram.Api.Models;

/// <summary>A Telegram user or bot (ids need 64 bits: up to 52 significant bits).</summary>
public sealed record User
{
    public long Id { get; init; }

    public bool IsBot { get; init; }

    public string FirstName { get; init; } = "";

    public string? LastName { get; init; }

    public string? Username { get; init; }

    public string? LanguageCode { get; init; }

    public string DisplayName => LastName is null ? FirstName : $"{FirstName} {LastName}";
}
