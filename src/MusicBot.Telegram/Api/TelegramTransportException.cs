namespace MusicBot.Telegram.Api;

/// <summary>
/// The Bot API could not be reached or gave no Bot API answer (network, time-out, a proxy's HTML page). It carries
/// no inner exception: the original is flattened into a message with the token removed, so that nothing that
/// prints an exception can leak the URL.
/// </summary>
public sealed class TelegramTransportException : Exception
{
    public TelegramTransportException()
        : this("unknown", "transport failure")
    {
    }

    public TelegramTransportException(string message)
        : this("unknown", message)
    {
    }

    public TelegramTransportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "unknown";
    }

    public TelegramTransportException(string method, string detail)
        : base($"Telegram {method} failed: {detail}")
    {
        Method = method;
    }

    public string Method { get; }
}
