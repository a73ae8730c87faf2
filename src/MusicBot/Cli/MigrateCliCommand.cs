using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MusicBot.Infrastructure.Storage;

namespace MusicBot.Cli;

/// <summary>
/// <c>musicbot migrate</c>: applies pending database migrations of the configured store (SQLite or PostgreSQL) and
/// reports each one. The bot also migrates at start-up; this is for upgrading ahead of a restart, or checking where a
/// database stands.
/// </summary>
public sealed class MigrateCliCommand : IAdminCommand
{
    public string Name => "migrate";

    public IReadOnlyList<string> Usage { get; } = ["migrate                      apply pending database migrations, with progress"];

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        arguments.AllowOnly();
        var migrator = context.Services.GetRequiredService<IStoreMigrator>();
        var database = context.Services.GetRequiredService<IStoreDatabase>();
        var before = await migrator.GetVersionAsync(cancellationToken);
        var latest = migrator.Migrations.Select(m => m.Version).DefaultIfEmpty(0).Max();
        context.Error.WriteLine($"Database {database.Description}: schema version {before}, this release knows up to {latest}.");
        var clock = new Stopwatch();
        var applied = await migrator.MigrateAsync(new StepReporter(context.Error, clock), cancellationToken);
        var after = await migrator.GetVersionAsync(cancellationToken);
        context.Output.WriteLine(applied == 0
            ? $"Up to date at schema version {after}."
            : $"Applied {applied} migration(s); now at schema version {after}.");
        return 0;
    }

    private sealed class StepReporter(TextWriter error, Stopwatch clock) : IProgress<MigrationStep>
    {
        public void Report(MigrationStep value)
        {
            if (!value.IsApplied)
            {
                clock.Restart();
                error.WriteLine($"[{value.Number}/{value.Count}] applying {value.Name}…");
                return;
            }

            error.WriteLine($"[{value.Number}/{value.Count}] {value.Name} done in {clock.ElapsedMilliseconds} ms");
        }
    }
}
