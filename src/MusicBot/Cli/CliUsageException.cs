namespace MusicBot.Cli;

/// <summary>The command line itself is wrong (unknown command, missing option): exit code 2 and the usage text.</summary>
public sealed class CliUsageException : Exception
{
    public CliUsageException()
        : base("Invalid command line.")
    {
    }

    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
