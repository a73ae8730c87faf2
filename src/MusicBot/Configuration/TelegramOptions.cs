namespace MusicBot.Configuration;

/// <summary>
/// Section <c>MusicBot:Telegram</c>. Telegram is on when a bot token is given; the adapter itself lands in a
/// later release, so for now the token only decides whether the terminal chat starts.
/// </summary>
public sealed class TelegramOptions
{
    public const string SectionName = "MusicBot:Telegram";

    public string? BotToken { get; set; }

    public Uri ApiBaseUrl { get; set; } = new("https://api.telegram.org");

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);
}
