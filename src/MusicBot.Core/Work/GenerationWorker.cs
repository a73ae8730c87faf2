using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Generation;
using MusicBot.Core.Signals;

namespace MusicBot.Core.Work;

/// <summary>
/// Drives every unfinished task forward. It starts from the database, so tasks left unfinished by a restart
/// (or a crash) are resumed on the first pass; a wake-up signal only shortens the wait.
/// </summary>
public sealed partial class GenerationWorker(
    IServiceScopeFactory scopes,
    GenerationSignal signal,
    IOptions<GenerationOptions> options,
    ILogger<GenerationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TaskProcessor>().FailQueuedForRemovedProvidersAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // Not fatal: those tasks stay queued (their credits reserved) until a start where this succeeds.
            LogPassFailed(ex);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TaskProcessor>().RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A database hiccup must not stop the host; the next pass retries from durable state.
                LogPassFailed(ex);
            }

            await signal.WaitAsync(options.Value.WorkerInterval, stoppingToken);
        }
    }

    [LoggerMessage(EventId = 2100, Level = LogLevel.Error, Message = "Generation pass failed; retrying on the next tick")]
    private partial void LogPassFailed(Exception exception);
}
