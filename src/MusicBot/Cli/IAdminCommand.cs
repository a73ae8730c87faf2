namespace MusicBot.Cli;

/// <summary>One <c>musicbot &lt;command&gt;</c> of the admin CLI.</summary>
public interface IAdminCommand
{
    string Name { get; }

    /// <summary>Lines for the usage text.</summary>
    IReadOnlyList<string> Usage { get; }

    /// <summary>Runs the command; returns the process exit code (0 ok, 1 failed; usage errors throw <see cref="CliUsageException"/>).</summary>
    Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken);
}
