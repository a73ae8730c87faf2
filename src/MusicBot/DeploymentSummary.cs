using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MusicBot.Configuration;
using MusicBot.Core.Configuration;
using MusicBot.Core.Providers;
using MusicBot.Discord;
using MusicBot.Discord.Http;
using MusicBot.Infrastructure.Storage;
using MusicBot.Telegram;
using MusicBot.Terminal;

namespace MusicBot;

/// <summary>
/// What this configuration turns on and where the data lives, in words: the start-up banner and
/// <c>musicbot check-config</c> say the same thing. Never includes a token or key, only whether one is set.
/// </summary>
public sealed class DeploymentSummary(
    IEnumerable<IMusicProvider> providers,
    IOptions<DiscordOptions> discord,
    IOptions<TelegramOptions> telegram,
    IOptions<MusicBotOptions> bot,
    IOptions<HttpOptions> http,
    IConfiguration configuration,
    IStoreDatabase database)
{
    public bool IsTerminalOn => TerminalServiceCollectionExtensions.IsEnabled(configuration);

    public bool HasChatPlatform => discord.Value.IsEnabled || telegram.Value.IsEnabled || IsTerminalOn;

    public string Platforms => string.Join(", ",
        $"discord {(discord.Value.IsEnabled ? "on" : "off (no token)")}",
        $"telegram {(telegram.Value.IsEnabled ? "on" : "off (no token)")}",
        $"terminal {(IsTerminalOn ? "on" : "off")}");

    public string Providers => string.Join(", ", providers.Select(p => p.Name).Order(StringComparer.Ordinal));

    public string DataDirectory => Path.GetFullPath(bot.Value.DataDirectory);

    /// <summary>The SQLite file, or the PostgreSQL server and database: never a password.</summary>
    public string Database => database.Description;

    public string Urls => http.Value.Urls;

    public IEnumerable<string> Lines()
    {
        yield return $"platforms: {Platforms}";
        yield return $"providers: {Providers} (default {bot.Value.DefaultProvider})";
        yield return $"data:      {DataDirectory} (database: {Database})";
        yield return $"http:      {Urls}";
        if (discord.Value.IsHttpInteractionsEnabled)
        {
            var key = discord.Value.PublicKey!.Trim();
            yield return $"discord:   interactions at POST {DiscordInteractionsEndpoint.Route} (public key {key[..Math.Min(8, key.Length)]}…), gateway {(discord.Value.GatewayEnabled ? "on" : "off")}";
        }
    }
}
