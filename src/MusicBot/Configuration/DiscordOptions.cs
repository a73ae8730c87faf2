namespace MusicBot.Configuration;

/// <summary>
/// Section <c>MusicBot:Discord</c>. Discord is on when a bot token is given; the adapter itself lands in a
/// later release, so for now the token only decides whether the terminal chat starts.
/// </summary>
public sealed class DiscordOptions
{
    public const string SectionName = "MusicBot:Discord";

    public string? BotToken { get; set; }

    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);
}
