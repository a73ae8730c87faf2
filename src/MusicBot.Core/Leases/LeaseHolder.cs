using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MusicBot.Core.Leases;

/// <summary>
/// Runs a job only while this instance holds its lease: waits (retrying every third of the lease) while another
/// instance holds it, renews it as often while the job runs, and stops the job the moment the lease is lost (renewal
/// refused, or not renewed before it would expire), then waits to take it again. On shutdown the job is stopped and
/// the lease released, so a successor starts at once instead of after the expiry.
/// </summary>
public sealed partial class LeaseHolder(
    ILeaseStore store,
    InstanceIdentity instance,
    LeaseBoard board,
    IOptions<LeaseOptions> options,
    TimeProvider time,
    ILogger<LeaseHolder> logger)
{
    /// <summary>Runs <paramref name="job"/> under the lease until it ends by itself or the host stops.</summary>
    public async Task RunWhileHeldAsync(string name, Func<CancellationToken, Task> job, CancellationToken stoppingToken)
    {
        await RunWhileHeldAsync(name, async token => { await job(token); return true; }, stoppingToken);
    }

    /// <summary>
    /// Runs <paramref name="job"/> under the lease; returns its result when it ends by itself, or default when the host
    /// stops. The job is given a token that is cancelled when the lease is lost or the host stops.
    /// </summary>
    public async Task<T?> RunWhileHeldAsync<T>(string name, Func<CancellationToken, Task<T>> job, CancellationToken stoppingToken)
    {
        if (!store.IsShared)
        {
            board.Held(name);
            try
            {
                return await job(stoppingToken);
            }
            finally
            {
                board.Forget(name);
            }
        }

        var held = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                board.Waiting(name);
                held = await TryTakeAsync(name, stoppingToken);
                if (!held)
                {
                    await PauseAsync(stoppingToken);
                    continue;
                }

                board.Held(name);
                LogAcquired(logger, name, instance.Id);
                var (ended, result) = await RunHeldAsync(name, job, stoppingToken);
                if (ended)
                {
                    return result;
                }

                held = false;
            }

            return default;
        }
        finally
        {
            board.Forget(name);
            if (held)
            {
                await ReleaseAsync(name);
            }
        }
    }

    /// <summary>Runs the job and renews; (true, result) when the job ended by itself, (false, _) when it was stopped.</summary>
    private async Task<(bool Ended, T? Result)> RunHeldAsync<T>(string name, Func<CancellationToken, Task<T>> job, CancellationToken stoppingToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var running = job(stop.Token);
        var renewedAt = time.GetUtcNow();
        while (true)
        {
            using var tick = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var pause = Task.Delay(Period, time, tick.Token);
            var first = await Task.WhenAny(running, pause);
            await tick.CancelAsync();
            if (first == running && !stop.IsCancellationRequested)
            {
                return (true, await running);
            }

            if (stoppingToken.IsCancellationRequested)
            {
                await StopAsync(stop, running);
                return (false, default);
            }

            var now = time.GetUtcNow();
            if (await TryTakeAsync(name, stoppingToken))
            {
                renewedAt = now;
                continue;
            }

            // A refusal means another instance took it; an unreachable store is survived until the lease would lapse.
            if (now - renewedAt < options.Value.Duration - Period && !await IsTakenAsync(name, stoppingToken))
            {
                continue;
            }

            LogLost(logger, name, instance.Id);
            await StopAsync(stop, running);
            return (false, default);
        }
    }

    private TimeSpan Period => options.Value.Duration / 3;

    private async Task<bool> TryTakeAsync(string name, CancellationToken stoppingToken)
    {
        try
        {
            return await store.TryAcquireAsync(name, instance.Id, time.GetUtcNow(), options.Value.Duration, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogStoreFailed(logger, ex, name);
            return false;
        }
    }

    /// <summary>Whether another holder's unexpired lease is in the store; unknown (store down) counts as not taken.</summary>
    private async Task<bool> IsTakenAsync(string name, CancellationToken stoppingToken)
    {
        try
        {
            var now = time.GetUtcNow();
            var rows = await store.ListAsync(stoppingToken);
            return rows.Any(r => r.Name == name && r.Holder != instance.Id && r.ExpiresAt > now);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogStoreFailed(logger, ex, name);
            return false;
        }
    }

    private static async Task StopAsync(CancellationTokenSource stop, Task running)
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The job was asked to stop and did.
        }
    }

    private async Task PauseAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(Period, time, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down while waiting for the lease.
        }
    }

    private async Task ReleaseAsync(string name)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await store.ReleaseAsync(name, instance.Id, timeout.Token);
            LogReleased(logger, name, instance.Id);
        }
        catch (Exception ex)
        {
            // It expires on its own; the successor only waits longer.
            LogStoreFailed(logger, ex, name);
        }
    }

    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "Instance {Instance} holds lease {Lease} and runs its job")]
    private static partial void LogAcquired(ILogger logger, string lease, string instance);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Warning, Message = "Instance {Instance} lost lease {Lease}; its job is stopped until the lease is taken again")]
    private static partial void LogLost(ILogger logger, string lease, string instance);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Information, Message = "Instance {Instance} released lease {Lease}")]
    private static partial void LogReleased(ILogger logger, string lease, string instance);

    [LoggerMessage(EventId = 9104, Level = LogLevel.Warning, Message = "The lease store did not answer for lease {Lease}")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string lease);
}
