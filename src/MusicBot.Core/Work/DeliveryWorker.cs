using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Delivery;
using MusicBot.Core.Signals;

namespace MusicBot.Core.Work;

/// <summary>Drains the delivery outbox: on a wake-up, and on a timer so that retries come due.</summary>
public sealed partial class DeliveryWorker(
    IServiceScopeFactory scopes,
    DeliverySignal signal,
    IOptions<DeliveryOptions> options,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var delivered = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                delivered = await scope.ServiceProvider.GetRequiredService<DeliveryDispatcher>().RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(ex);
            }

            // A full pass may have left the next notice of the same task; go again at once.
            if (delivered == 0)
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Error, Message = "Delivery pass failed; retrying on the next tick")]
    private partial void LogPassFailed(Exception exception);
}
