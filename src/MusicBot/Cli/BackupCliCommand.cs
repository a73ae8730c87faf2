using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Infrastructure.Storage;

namespace MusicBot.Cli;

/// <summary>
/// <c>musicbot backup &lt;file&gt; [--force]</c>: an online copy of the live database, safe while the bot runs (see
/// <see cref="DatabaseBackup"/>). Rendered tracks are plain files in the data directory; copy them with any tool.
/// SQLite only: a PostgreSQL store is backed up with the server's own tools.
/// </summary>
public sealed class BackupCliCommand : IAdminCommand
{
    public string Name => "backup";

    public IReadOnlyList<string> Usage { get; } = ["backup <file> [--force]      online copy of the database, safe while the bot runs"];

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        arguments.AllowOnly("force");
        var file = arguments.Positional.Count == 2 ? arguments.Positional[1] : throw new CliUsageException("backup needs one file name.");
        if (context.Services.GetRequiredService<IStoreDatabase>() is not SqliteDatabase)
        {
            context.Error.WriteLine("musicbot backup copies the SQLite store only; this bot uses PostgreSQL (MusicBot:Database:Provider). " +
                "Back it up with the server's tools, e.g. pg_dump --format=custom --file=musicbot.dump <database>, or your provider's snapshots.");
            return 1;
        }

        var backup = context.Services.GetRequiredService<DatabaseBackup>();
        var progress = ConsoleProgress.For(context.Error, "backup");
        try
        {
            var result = await backup.BackupAsync(file, arguments.Flag("force"), new Progress(progress), cancellationToken);
            var rows = string.Join(", ", result.RowCounts.Select(r => $"{r.Key} {r.Value.ToString(CultureInfo.InvariantCulture)}"));
            context.Output.WriteLine($"Backup written to {result.Path} ({result.Bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes, {result.Pages} pages, {result.Restarts} restart(s)); integrity ok.");
            context.Output.WriteLine($"Rows: {rows}");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            context.Error.WriteLine($"Backup failed: {ex.Message}");
            return 1;
        }
    }

    // Synchronous on purpose: System.Progress<T> posts to the thread pool, so lines could arrive after the summary.
    private sealed class Progress(IProgress<double> inner) : IProgress<BackupProgress>
    {
        public void Report(BackupProgress value) => inner.Report(value.Fraction);
    }
}
