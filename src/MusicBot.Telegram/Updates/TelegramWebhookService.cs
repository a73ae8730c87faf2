using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Inbox;
using MusicBot.Core.Work;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Health;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace MusicBot.Telegram.Updates;

/// <summary>
/// Webhook mode: connects (getMe, command menu) and registers the webhook with its secret, retrying after a cool-down
/// until Telegram accepts; then processes the updates the endpoint queued in the update log, one at a time in id
/// order (as polling does), each in its own DI scope. It wakes when the endpoint queues one, and sweeps the queue
/// every <see cref="SweepInterval"/> for anything left by a restart.
/// </summary>
public sealed partial class TelegramWebhookService(
    IServiceScopeFactory scopes,
    FatalStop fatalStop,
    WebhookInbox inbox,
    BotIdentity identity,
    IOptions<TelegramOptions> options,
    TelegramConnectionState state,
    TimeProvider time,
    ILogger<TelegramWebhookService> logger) : BackgroundService
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(5);

    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (!await RegisterAsync(stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var arrived = inbox.Arrived;
            try
            {
                await DrainAsync(stoppingToken);
                using var sweep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                await Task.WhenAny(arrived, Task.Delay(SweepInterval, time, sweep.Token));
                await sweep.CancelAsync();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The store is unreachable, say: the updates stay queued and are tried again.
                LogQueueFailed(ex, options.Value.ErrorCooldown);
                await PauseAsync(options.Value.ErrorCooldown, stoppingToken);
            }
        }
    }

    /// <summary>Processes every queued update, oldest first; each leaves the queue once it is handled (or was taken before).</summary>
    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<QueuedUpdate> queued;
            await using (var scope = scopes.CreateAsyncScope())
            {
                queued = await scope.ServiceProvider.GetRequiredService<IUpdateLog>().GetQueuedAsync(identity.Source, BatchSize, stoppingToken);
            }

            if (queued.Count == 0)
            {
                return;
            }

            foreach (var update in queued)
            {
                // Not linked to stoppingToken: cutting a started update off would lose it (it is claimed already).
                using var handling = new CancellationTokenSource(PollingReceiver.MaxHandlingTime);
                await using var scope = scopes.CreateAsyncScope();
                var processor = scope.ServiceProvider.GetRequiredService<UpdateProcessor>();
                var read = UpdateReader.Read(update.Payload);
                if (read.Update is { } parsed)
                {
                    await processor.ProcessAsync(parsed, handling.Token);
                }
                else
                {
                    await processor.RejectAsync(read with { Id = update.UpdateId }, handling.Token);
                }

                await scope.ServiceProvider.GetRequiredService<IUpdateLog>().DequeueAsync(identity.Source, update.UpdateId, handling.Token);
                if (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    /// <summary>False when the bot must stop (a rejected token) or is stopping.</summary>
    private async Task<bool> RegisterAsync(CancellationToken stoppingToken)
    {
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
                return true;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                LogTokenRejected(ex.Message);
                state.Failed("the bot token was rejected");
                fatalStop.Stop();
                return false;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRegistrationFailed(ex, settings.ErrorCooldown);
                state.Failed(ex.Message);
                await PauseAsync(settings.ErrorCooldown, stoppingToken);
            }
        }

        return false;
    }

    private async Task PauseAsync(TimeSpan pause, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(pause, time, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping during the pause is a normal shutdown.
        }
    }

    [LoggerMessage(EventId = 7601, Level = LogLevel.Information, Message = "Telegram: webhook registered for host {Host}")]
    private partial void LogRegistered(string host);

    [LoggerMessage(EventId = 7602, Level = LogLevel.Critical, Message = "Telegram rejected the bot token ({Description}); check MusicBot:Telegram:BotToken. Stopping.")]
    private partial void LogTokenRejected(string description);

    [LoggerMessage(EventId = 7603, Level = LogLevel.Error, Message = "Telegram webhook registration failed; retrying in {Cooldown}")]
    private partial void LogRegistrationFailed(Exception exception, TimeSpan cooldown);

    [LoggerMessage(EventId = 7604, Level = LogLevel.Error, Message = "Telegram: processing queued webhook updates failed; retrying in {Cooldown}")]
    private partial void LogQueueFailed(Exception exception, TimeSpan cooldown);
}
