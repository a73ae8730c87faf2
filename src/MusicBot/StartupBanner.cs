using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MusicBot;

/// <summary>
/// Says at start-up which chats and providers are on and where the data lives, and, once Kestrel has bound, the
/// addresses it listens on (with port 0 that is the only place the real port shows).
/// </summary>
public sealed partial class StartupBanner(
    DeploymentSummary summary,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogBanner(summary.Platforms, summary.Providers, summary.DataDirectory, summary.Database);
        if (!summary.HasChatPlatform)
        {
            LogNoChat();
        }

        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = string.Join(", ", server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
            LogListening(addresses);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "MusicBot starting. Platforms: {Platforms}. Providers: {Providers}. Data: {DataDirectory} (database: {Database})")]
    private partial void LogBanner(string platforms, string providers, string dataDirectory, string database);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Listening on {Addresses} (/healthz, /readyz, /metrics)")]
    private partial void LogListening(string addresses);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "No chat platform is on: set MusicBot:Discord:BotToken or MusicBot:Telegram:BotToken (or MusicBot:Terminal:Enabled=true)")]
    private partial void LogNoChat();
}
