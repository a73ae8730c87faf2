using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MusicBot.Infrastructure.Audio;

namespace MusicBot;

/// <summary>
/// Says at start-up which chats and providers are on, where the data lives and which audio format is delivered (the
/// encoder's start-up check runs here, before the bot answers anyone), and, once Kestrel has bound, the addresses it
/// listens on (with port 0 that is the only place the real port shows).
/// </summary>
public sealed partial class StartupBanner(
    DeploymentSummary summary,
    Mp3Encoder encoder,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<StartupBanner> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        LogBanner(summary.Platforms, summary.Providers, summary.DataDirectory, summary.DatabasePath);
        if (!summary.HasChatPlatform)
        {
            LogNoChat();
        }

        var audio = await encoder.StatusAsync(cancellationToken);
        if (audio.CanEncodeMp3)
        {
            LogAudio(audio.Detail);
        }
        else
        {
            LogAudioFallback(audio.Detail);
        }

        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = string.Join(", ", server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
            LogListening(addresses);
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "MusicBot starting. Platforms: {Platforms}. Providers: {Providers}. Data: {DataDirectory} (database {Database})")]
    private partial void LogBanner(string platforms, string providers, string dataDirectory, string database);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Audio: {Detail}")]
    private partial void LogAudio(string detail);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Audio: {Detail}")]
    private partial void LogAudioFallback(string detail);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Listening on {Addresses} (/healthz, /readyz, /metrics)")]
    private partial void LogListening(string addresses);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "No chat platform is on: set MusicBot:Discord:BotToken or MusicBot:Telegram:BotToken (or MusicBot:Terminal:Enabled=true)")]
    private partial void LogNoChat();
}
