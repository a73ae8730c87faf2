namespace MusicBot.Telegram.Health;

/// <summary>The last time the Bot API answered (a poll, or the webhook registration and incoming updates).</summary>
public sealed class TelegramConnectionState(TimeProvider time)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _lastContact;
    private string? _lastError;

    public (DateTimeOffset? LastContact, string? LastError) Snapshot
    {
        get
        {
            lock (_gate)
            {
                return (_lastContact, _lastError);
            }
        }
    }

    public void Succeeded()
    {
        lock (_gate)
        {
            _lastContact = time.GetUtcNow();
            _lastError = null;
        }
    }

    /// <summary>Records a failure; <paramref name="error"/> must hold no secret (exception messages here are redacted).</summary>
    public void Failed(string error)
    {
        lock (_gate)
        {
            _lastError = error;
        }
    }
}
