namespace MusicBot.Emulators.Telegram.Updates;

/// <summary>The webhook the bot set, and how its deliveries went.</summary>
public sealed class WebhookState
{
    private readonly Lock _gate = new();

    public string? Url { get; private set; }

    public string? Secret { get; private set; }

    public int MaxConnections { get; private set; } = 40;

    public DateTimeOffset? LastSetAt { get; set; }

    public long? LastErrorDate { get; private set; }

    public string? LastErrorMessage { get; private set; }

    public int Deliveries { get; private set; }

    /// <summary>POSTs that failed or timed out (each is followed by the same update again).</summary>
    public int Failures { get; private set; }

    public void Set(string url, string? secret, int maxConnections)
    {
        lock (_gate)
        {
            (Url, Secret, MaxConnections) = (url, secret, maxConnections);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            (Url, Secret) = (null, null);
        }
    }

    public void Failed(long date, string message)
    {
        lock (_gate)
        {
            (LastErrorDate, LastErrorMessage) = (date, message);
            Failures++;
        }
    }

    public void Delivered()
    {
        lock (_gate)
        {
            Deliveries++;
        }
    }
}
