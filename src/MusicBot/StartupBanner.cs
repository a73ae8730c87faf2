using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Configuration;
using MusicBot.Core.Providers;
using MusicBot.Discord;
using MusicBot.Infrastructure.Sqlite;

namespace MusicBot;

/// <summary>Says at start-up which chats and providers are on and where the data lives.</summary>
public sealed partial class StartupBanner(
    IEnumerable<IMusicProvider> providers,
    IOptions<DiscordOptions> discord,
    IOptions<TelegramOptions> telegram,
    SqliteConnectionFactory database,
    ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return Task.CompletedTask;
        }

        var names = string.Join(", ", providers.Select(p => p.Name));
        LogBanner(
            names,
            discord.Value.IsEnabled ? $"on ({discord.Value.ApiBaseUrl.Host})" : "off (no token)",
            telegram.Value.IsEnabled ? "token set (adapter not in this release yet)" : "off (no token)",
            database.DatabasePath);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "MusicBot starting. Providers: {Providers}. Discord: {Discord}. Telegram: {Telegram}. Database: {Database}")]
    private partial void LogBanner(string providers, string discord, string telegram, string database);
}
