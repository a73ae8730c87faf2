using MusicBot.Configuration;

namespace MusicBot.Cli;

/// <summary>
/// The admin CLI on the bot's own binary (<c>musicbot &lt;command&gt;</c>), for operators without chat access. It runs on
/// the host's built service graph (every option section and registration exactly as the bot has them) without
/// starting it: no Kestrel, no workers, no chat adapters.
/// </summary>
public static class AdminCli
{
    private static readonly IAdminCommand[] Commands =
    [
        new CheckConfigCommand(),
        new QuotaCliCommand(),
        new TasksCliCommand(),
        new BackupCliCommand(),
        new MigrateCliCommand(),
        new MigrateStoreCliCommand(),
        new HealthCliCommand(),
    ];

    private static readonly string[] Flags = ["force", "ready"];

    /// <summary>True when the first argument names a command (or asks for help); anything else starts the bot.</summary>
    public static bool IsCommand(IReadOnlyList<string> args) =>
        args is [var first, ..] && (first is "help" or "--help" or "-h" || Commands.Any(c => c.Name == first));

    public static Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args) =>
        RunAsync(services, args, Console.Out, Console.Error, CancellationToken.None);

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        var command = Commands.FirstOrDefault(c => args.Count > 0 && c.Name == args[0]);
        if (command is null)
        {
            WriteUsage(output);
            return 0;
        }

        try
        {
            return await command.RunAsync(CliArguments.Parse(args, Flags), new CliContext(services, output, error), cancellationToken);
        }
        catch (CliUsageException ex)
        {
            await error.WriteLineAsync($"musicbot {command.Name}: {ex.Message}");
            WriteUsage(error);
            return 2;
        }
        catch (Exception ex) when (ConfigurationProblems.From(ex) is { Count: > 0 } problems)
        {
            await error.WriteLineAsync($"musicbot {command.Name}: fix the configuration first (musicbot check-config lists everything):\n  - {string.Join("\n  - ", problems)}");
            return 1;
        }
    }

    private static void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: musicbot                    run the bot");
        writer.WriteLine("       musicbot <command> [options]");
        writer.WriteLine("Commands:");
        foreach (var line in Commands.SelectMany(c => c.Usage))
        {
            writer.WriteLine($"  {line}");
        }

        writer.WriteLine("Configuration is read as the bot reads it (appsettings.json, MusicBot__* environment variables, --MusicBot:Key=value).");
    }
}
