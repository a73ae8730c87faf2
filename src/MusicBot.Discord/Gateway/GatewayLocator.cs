using MusicBot.Discord.Json;
using MusicBot.Discord.Rest;

namespace MusicBot.Discord.Gateway;

/// <summary>
/// <c>GET /gateway/bot</c>, cached briefly: the URL is reused for every fresh connection, and the session-start limit
/// (which changes with each Identify) is re-read when the cache is older than a minute. Each fresh limit goes to the
/// <see cref="IdentifyGate"/>, which counts the Identifies sent after it.
/// </summary>
public sealed class GatewayLocator(DiscordApi api, IdentifyGate identifyGate, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private GatewayBotInfo? _info;
    private long _fetchedAt;

    public void Dispose() => _lock.Dispose();

    /// <summary>The gateway info, or the REST failure when there is none yet (a 401 here means a bad token).</summary>
    public async Task<(GatewayBotInfo? Info, DiscordRestResult? Failure)> GetAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_info is not null && time.GetElapsedTime(_fetchedAt) < CacheFor)
            {
                return (_info, null);
            }

            var (result, info) = await api.GetGatewayBotAsync(cancellationToken);
            if (info is not null)
            {
                _info = info;
                _fetchedAt = time.GetTimestamp();
                if (info.SessionStartLimit is { } limit)
                {
                    identifyGate.Observe(limit, _fetchedAt);
                }

                return (info, null);
            }

            return _info is not null && result.StatusCode is not (401 or 403) ? (_info, null) : (null, result);
        }
        finally
        {
            _lock.Release();
        }
    }
}
