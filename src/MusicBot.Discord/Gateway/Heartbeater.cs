namespace MusicBot.Discord.Gateway;

/// <summary>
/// Heartbeats for one connection (reference A2.7): the first beat after <c>interval × jitter</c>, then one every
/// interval, each carrying the last sequence. If the previous beat was never acknowledged when the next one is due,
/// the connection is a zombie and <see cref="RunAsync"/> returns so the shard can close it and Resume.
/// </summary>
internal sealed class Heartbeater(GatewayConnection connection, GatewaySession session, TimeSpan interval, TimeProvider time, Action onAck)
{
    private int _awaitingAck;

    public TimeSpan Interval => interval;

    /// <summary>Runs until cancelled (returns true) or until a beat went unanswered (returns false).</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken);
            while (true)
            {
                if (Volatile.Read(ref _awaitingAck) == 1)
                {
                    return false;
                }

                await BeatAsync(cancellationToken);
                await Task.Delay(interval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return true;
        }
    }

    /// <summary>Sends a heartbeat now: on schedule, or at once when the server asks with op 1.</summary>
    public Task BeatAsync(CancellationToken cancellationToken)
    {
        Volatile.Write(ref _awaitingAck, 1);
        var sequence = session.Sequence is { } value ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null";
        return connection.SendAsync(System.Text.Encoding.UTF8.GetBytes($$"""{"op":1,"d":{{sequence}}}"""), cancellationToken);
    }

    public void Acknowledge()
    {
        Volatile.Write(ref _awaitingAck, 0);
        onAck();
    }
}
