using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MusicBot.Infrastructure.Storage;
using MusicBot.Infrastructure.StoreCopy;

namespace MusicBot.Cli;

/// <summary>
/// <c>musicbot migrate-store --to postgres</c>: moves a bot that outgrew one machine from its SQLite file to the
/// (empty) PostgreSQL database of <c>MusicBot:Database:ConnectionString</c>, with progress, and verifies the copy.
/// </summary>
public sealed class MigrateStoreCliCommand : IAdminCommand
{
    public string Name => "migrate-store";

    public IReadOnlyList<string> Usage { get; } =
    [
        "migrate-store --to postgres  copy the SQLite database into the empty PostgreSQL database of",
        "                             MusicBot:Database:ConnectionString, then verify rows and balances (stop the bot first)",
    ];

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        arguments.AllowOnly("to");
        if (!string.Equals(arguments.Required("to"), DatabaseProviders.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException($"--to must be {DatabaseProviders.Postgres}, the only store to move up to.");
        }

        if (string.IsNullOrWhiteSpace(context.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString))
        {
            context.Error.WriteLine("migrate-store needs the target: set MusicBot:Database:ConnectionString to an empty PostgreSQL database (e.g. MusicBot__Database__ConnectionString=Host=…;Database=musicbot;Username=…;Password=…).");
            return 1;
        }

        var source = context.Services.GetRequiredService<Infrastructure.Sqlite.SqliteDatabase>();
        var target = context.Services.GetRequiredService<Infrastructure.Postgres.PostgresDatabase>();
        context.Error.WriteLine($"Copying {source.Description} into {target.Description}. Stop the bot first: what it writes after the copy starts is not copied.");
        try
        {
            var clock = Stopwatch.StartNew();
            var result = await context.Services.GetRequiredService<StoreCopier>().CopyAsync(new TableReporter(context.Error), cancellationToken);
            context.Output.WriteLine(
                $"Copied {result.Rows.ToString("N0", CultureInfo.InvariantCulture)} rows in {result.Tables.Count} tables (schema version {result.SchemaVersion}) in {clock.Elapsed.TotalSeconds:0.0} s; " +
                $"verified: row counts of every table, {result.BalancesCompared} balances, ledger adds up.");
            context.Output.WriteLine($"Next: set MusicBot:Database:Provider=postgres and start the bot. {source.Description} is kept, at this release's schema (keep it as a backup).");
            return 0;
        }
        catch (StoreCopyException ex)
        {
            context.Error.WriteLine($"migrate-store failed: {ex.Message}");
            return 1;
        }
        catch (Npgsql.NpgsqlException ex)
        {
            // Npgsql's and the server's messages name the server and the user, never the password.
            context.Error.WriteLine($"migrate-store failed: PostgreSQL ({target.Description}) said: {ex.Message}. Nothing was committed.");
            return 1;
        }
    }

    // Synchronous on purpose: System.Progress<T> posts to the thread pool, so lines could arrive after the summary.
    private sealed class TableReporter(TextWriter error) : IProgress<StoreCopyProgress>
    {
        // A table this big takes long enough for a percentage to be worth showing.
        private const long LargeTable = 10_000;
        private ConsoleProgress? _rows;

        public void Report(StoreCopyProgress value)
        {
            var label = $"[{value.TableNumber}/{value.TableCount}] {value.Table}";
            if (!value.IsTableDone)
            {
                if (value.Rows == 0 && value.RowCount >= LargeTable)
                {
                    error.WriteLine($"{label}: copying {value.RowCount.ToString("N0", CultureInfo.InvariantCulture)} rows…");
                    _rows = ConsoleProgress.For(error, label);
                }

                _rows?.Report(value.Fraction);
                return;
            }

            _rows = null;

            error.WriteLine($"{label}: {value.Rows.ToString("N0", CultureInfo.InvariantCulture)} rows copied");
        }
    }
}
