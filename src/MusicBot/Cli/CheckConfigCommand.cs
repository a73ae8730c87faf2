using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MusicBot.Configuration;

namespace MusicBot.Cli;

/// <summary>
/// <c>musicbot check-config</c>: runs every start-up validation of the host (the same <see cref="IStartupValidator"/>
/// the bot runs, so every section any project registered is covered) and checks that the data directory is
/// writable. Lists every problem; exit code 1 when there is any.
/// </summary>
public sealed class CheckConfigCommand : IAdminCommand
{
    public string Name => "check-config";

    public IReadOnlyList<string> Usage { get; } =
    [
        "check-config [--config FILE] validate the configuration; lists every problem, exit code 1 if any",
        "                             FILE (JSON, // comments allowed) is checked on top of the current settings",
    ];

    public Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        arguments.AllowOnly("config");
        if (arguments.Option("config") is { } file)
        {
            if (!File.Exists(file))
            {
                throw new CliUsageException($"--config {file}: no such file.");
            }

            // The host's ConfigurationManager takes new sources live; nothing has read an option yet, so all of them see it.
            ((IConfigurationBuilder)context.Services.GetRequiredService<IConfiguration>()).AddJsonFile(Path.GetFullPath(file), optional: false, reloadOnChange: false);
        }

        // Each section on its own (so one unconvertible value does not hide the rest); when they all pass, the host's
        // own start-up validation too, for any check registered outside the bot's options classes.
        var problems = context.Services.GetRequiredService<OptionsCatalog>().FindProblems(context.Services).ToList();
        try
        {
            if (problems.Count == 0)
            {
                context.Services.GetRequiredService<IStartupValidator>().Validate();
            }
        }
        catch (Exception ex) when (ConfigurationProblems.From(ex) is { Count: > 0 } found)
        {
            problems.AddRange(found);
        }

        if (problems.Count > 0)
        {
            context.Error.WriteLine($"The configuration has {problems.Count} problem(s):");
            problems.ForEach(p => context.Error.WriteLine($"  - {p}"));
            return Task.FromResult(1);
        }

        var summary = context.Services.GetRequiredService<DeploymentSummary>();
        if (DataDirectoryProblem(summary.DataDirectory) is { } storage)
        {
            context.Error.WriteLine($"The configuration has 1 problem(s):\n  - {storage}");
            return Task.FromResult(1);
        }

        context.Output.WriteLine("Configuration is valid.");
        foreach (var line in summary.Lines())
        {
            context.Output.WriteLine($"  {line}");
        }

        if (!summary.HasChatPlatform)
        {
            context.Output.WriteLine("  note: no chat platform is on; set MusicBot:Discord:BotToken or MusicBot:Telegram:BotToken.");
        }

        return Task.FromResult(0);
    }

    /// <summary>The most common deployment mistake: a volume the bot's user cannot write to.</summary>
    private static string? DataDirectoryProblem(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".write-test-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"MusicBot:DataDirectory '{directory}' is not writable by this user ({ex.GetType().Name}); create it and give the bot's user write access.";
        }
    }
}
