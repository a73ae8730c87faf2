namespace MusicBot.Discord.Gateway;

/// <summary>What a shard keeps across connections to be able to Resume: the session id, where to resume, the last sequence.</summary>
internal sealed class GatewaySession
{
    private long _sequence = -1;

    public string? SessionId { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    /// <summary>The last sequence number received, or null before the first dispatch.</summary>
    public long? Sequence
    {
        get
        {
            var value = Interlocked.Read(ref _sequence);
            return value < 0 ? null : value;
        }
    }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Observe(long? sequence)
    {
        if (sequence is { } value)
        {
            Interlocked.Exchange(ref _sequence, value);
        }
    }

    public void Start(string sessionId, Uri resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    /// <summary>The session is gone (op 9 false, 4007, 4009…): the next connection Identifies from scratch.</summary>
    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref _sequence, -1);
    }
}
