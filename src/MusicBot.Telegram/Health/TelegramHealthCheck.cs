using System.Globalization;
using Microsoft.Extensions.Options;
using MusicBot.Core.Leases;
using MusicBot.Core.Observability;

namespace MusicBot.Telegram.Health;

/// <summary>
/// Healthy while the Bot API keeps answering: in polling mode a long poll returns at least every
/// <see cref="TelegramOptions.PollTimeout"/>, so silence for two of those (plus slack) means the loop is stuck or
/// Telegram is unreachable. In webhook mode the registration must have succeeded. Either way, a failed last call
/// (a successful one clears the error) means the Bot API is not reachable now: readiness says so at once instead of
/// after that silence, since a refused connection fails each poll within the error cool-down. An instance waiting while
/// another holds the polling lease is healthy: it serves everything else and takes polling over when the holder dies.
/// </summary>
public sealed class TelegramHealthCheck(TelegramConnectionState state, LeaseBoard leases, IOptions<TelegramOptions> options, TimeProvider time) : IHealthCheck
{
    public string Name => "telegram";

    public Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Mode == TelegramMode.Polling && leases.Leases.TryGetValue(LeaseNames.TelegramPolling, out var held) && !held)
        {
            return Task.FromResult(HealthReport.Healthy("standby: another instance holds the polling lease"));
        }

        var (lastContact, lastError) = state.Snapshot;
        if (lastContact is not { } contact)
        {
            return Task.FromResult(HealthReport.Unhealthy($"no answer from the Bot API yet{Because(lastError)}"));
        }

        var age = time.GetUtcNow() - contact;
        var seconds = age.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
        if (lastError is not null)
        {
            return Task.FromResult(HealthReport.Unhealthy($"the last Bot API call failed; last answer {seconds} s ago{Because(lastError)}"));
        }

        if (options.Value.Mode == TelegramMode.Webhook)
        {
            return Task.FromResult(HealthReport.Healthy($"webhook registered; last contact {seconds} s ago"));
        }

        var limit = options.Value.PollTimeout * 2 + TimeSpan.FromSeconds(30);
        return Task.FromResult(age <= limit
            ? HealthReport.Healthy($"polling; last answer {seconds} s ago")
            : HealthReport.Unhealthy($"no poll answer for {seconds} s{Because(lastError)}"));
    }

    private static string Because(string? error) => error is null ? "" : $" (last error: {error})";
}
