using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Health;
using MusicBot.Core.Leases;
using MusicBot.Core.Work;
using Telegram.Bot.Exceptions;

namespace MusicBot.Telegram.Updates;

/// <summary>
/// The long-polling loop, after Telegram.Bot.Examples' PollingServiceBase: a fresh DI scope per poll, and
/// catch → log → cool down, so a network blip never stops the host. Only a rejected token (401) is fatal: no retry
/// can fix it, so the bot stops and says why. Telegram answers getUpdates to one caller at a time, so of several
/// instances on one store only the holder of the <see cref="LeaseNames.TelegramPolling"/> lease polls; the others wait
/// to take it over (the update log's cursor is in the store, so the successor goes on where the holder stopped).
/// </summary>
public sealed partial class TelegramPollingService(
    IServiceScopeFactory scopes,
    FatalStop fatalStop,
    IOptions<TelegramOptions> options,
    TelegramConnectionState state,
    LeaseHolder leases,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await leases.RunWhileHeldAsync(LeaseNames.TelegramPolling, PollAsync, stoppingToken);
    }

    /// <summary>Polls until stopped (the host stops, or the lease is lost) or the token is rejected.</summary>
    private async Task PollAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PollingReceiver>().PollOnceAsync(stoppingToken);
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
                LogPollFailed(ex, options.Value.ErrorCooldown);
                state.Failed(ex.Message);
                await CoolDownAsync(stoppingToken);
            }
        }
    }

    private async Task CoolDownAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(options.Value.ErrorCooldown, time, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping during the pause is a normal shutdown.
        }
    }

    [LoggerMessage(EventId = 7501, Level = LogLevel.Critical, Message = "Telegram rejected the bot token ({Description}); check MusicBot:Telegram:BotToken. Stopping.")]
    private partial void LogTokenRejected(string description);

    [LoggerMessage(EventId = 7502, Level = LogLevel.Error, Message = "Telegram polling failed; retrying in {Cooldown}")]
    private partial void LogPollFailed(Exception exception, TimeSpan cooldown);
}
