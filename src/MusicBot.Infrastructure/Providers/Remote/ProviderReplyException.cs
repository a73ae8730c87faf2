namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>A poll the provider answered with an error worth retrying later; the message holds codes, never keys.</summary>
public sealed class ProviderReplyException : Exception
{
    public ProviderReplyException()
    {
    }

    public ProviderReplyException(string message)
        : base(message)
    {
    }

    public ProviderReplyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
