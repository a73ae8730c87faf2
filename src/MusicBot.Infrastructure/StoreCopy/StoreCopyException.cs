namespace MusicBot.Infrastructure.StoreCopy;

/// <summary>A copy that was refused or did not verify; the PostgreSQL database is left as it was.</summary>
public sealed class StoreCopyException : Exception
{
    public StoreCopyException()
    {
    }

    public StoreCopyException(string message)
        : base(message)
    {
    }

    public StoreCopyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
