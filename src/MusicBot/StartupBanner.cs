using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MusicBot.Infrastructure.Audio;

namespace MusicBot;

/// <summary>
/// Says at start-up which chats and providers are on, where the data lives and which audio format is delivered (the
/// encoder's check, whose finding is logged as soon as it has one), and, once Kestrel has bound, the addresses it
/// listens on (with port 0 that is the only place the real port shows).
/// </summary>
public sealed partial class StartupBanner(
    DeploymentSummary summary,
    Mp3Encoder encoder,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<StartupBanner> logger) : IHostedService
{
    private Task _audio = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogBanner(summary.Platforms, summary.Providers, summary.DataDirectory, summary.Database);
        if (!summary.HasChatPlatform)
        {
            LogNoChat();
        }

        // Not awaited: the check starts ffmpeg twice, and start-up (Kestrel's bind, an adapter stopping the bot over a
        // rejected token) must not wait on it. The first take waits for it anyway.
        _audio = ReportAudioAsync(lifetime.ApplicationStopping);
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = string.Join(", ", server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
            LogListening(addresses);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _audio.WaitAsync(cancellationToken);

    private async Task ReportAudioAsync(CancellationToken stopping)
    {
        try
        {
            var audio = await encoder.StatusAsync(stopping);
            if (audio.CanEncodeMp3)
            {
                LogAudio(audio.Detail);
            }
            else
            {
                LogAudioFallback(audio.Detail);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopped before the check finished: there is nothing left to deliver in any format.
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "MusicBot starting. Platforms: {Platforms}. Providers: {Providers}. Data: {DataDirectory} (database: {Database})")]
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
