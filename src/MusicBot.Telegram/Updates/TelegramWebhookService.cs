using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Health;
using MusicBot.Core.Work;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace MusicBot.Telegram.Updates;

/// <summary>
/// Webhook mode: connects (getMe, command menu) and registers the webhook with its secret, retrying after a cool-down
/// until Telegram accepts. One connection at a time keeps updates in order, as polling does.
/// </summary>
public sealed partial class TelegramWebhookService(
    IServiceScopeFactory scopes,
    FatalStop fatalStop,
    IOptions<TelegramOptions> options,
    TelegramConnectionState state,
    TimeProvider time,
    ILogger<TelegramWebhookService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BotStartup>().ConnectAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<BotApi>().CallAsync(
                    "setWebhook",
                    (bot, ct) => bot.SetWebhook(
                        settings.WebhookUrl!.AbsoluteUri, maxConnections: 1, allowedUpdates: BotStartup.AllowedUpdates, secretToken: settings.WebhookSecret, cancellationToken: ct),
                    stoppingToken);
                state.Succeeded();
                LogRegistered(settings.WebhookUrl!.Host);
                return;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                LogTokenRejected(ex.Message);
                state.Failed("the bot token was rejected");
                fatalStop.Stop();
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRegistrationFailed(ex, settings.ErrorCooldown);
                state.Failed(ex.Message);
                try
                {
                    await Task.Delay(settings.ErrorCooldown, time, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(EventId = 5601, Level = LogLevel.Information, Message = "Telegram: webhook registered for host {Host}")]
    private partial void LogRegistered(string host);

    [LoggerMessage(EventId = 5602, Level = LogLevel.Critical, Message = "Telegram rejected the bot token ({Description}); check MusicBot:Telegram:BotToken. Stopping.")]
    private partial void LogTokenRejected(string description);

    [LoggerMessage(EventId = 5603, Level = LogLevel.Error, Message = "Telegram webhook registration failed; retrying in {Cooldown}")]
    private partial void LogRegistrationFailed(Exception exception, TimeSpan cooldown);
}
