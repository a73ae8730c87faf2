using System.Data.Common;

namespace MusicBot.Infrastructure.Storage;

/// <summary>
/// What an engine adds around one migration script beyond the shared loop of <see cref="PendingMigrations"/>: nothing
/// by default; SQLite turns foreign keys off around a table rebuild (<see cref="Sqlite.SqliteTableRebuild"/>).
/// </summary>
internal class MigrationRun
{
    public static MigrationRun Plain { get; } = new();

    /// <summary>Runs <paramref name="apply"/> (the script's transaction, from begin to commit) for this script.</summary>
    public virtual Task AroundAsync(DbConnection connection, string script, Func<Task> apply) => apply();

    /// <summary>Checks the script's work inside its transaction; throwing rolls the script back.</summary>
    public virtual Task BeforeCommitAsync(DbConnection connection, DbTransaction transaction, string name, string script) => Task.CompletedTask;
}
