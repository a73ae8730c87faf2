using System.Data.Common;
using Dapper;
using MusicBot.Infrastructure.Storage;

namespace MusicBot.Infrastructure.Sqlite;

/// <summary>
/// SQLite's table rebuild procedure for a migration that replaces a table other tables reference (its first line is
/// <see cref="Marker"/>): foreign keys off outside the transaction (the pragma is ignored inside one), every
/// reference checked before the commit, and on again afterwards.
/// </summary>
internal sealed class SqliteTableRebuild : MigrationRun
{
    public const string Marker = "-- musicbot: foreign_keys off";

    public static SqliteTableRebuild Instance { get; } = new();

    public override async Task AroundAsync(DbConnection connection, string script, Func<Task> apply)
    {
        if (!Rebuilds(script))
        {
            await apply();
            return;
        }

        await connection.ExecuteAsync("PRAGMA foreign_keys = OFF;");
        try
        {
            await apply();
        }
        finally
        {
            await connection.ExecuteAsync("PRAGMA foreign_keys = ON;");
        }
    }

    public override async Task BeforeCommitAsync(DbConnection connection, DbTransaction transaction, string name, string script)
    {
        if (!Rebuilds(script))
        {
            return;
        }

        var broken = (await connection.QueryAsync<string>("SELECT \"table\" FROM pragma_foreign_key_check", transaction: transaction)).ToList();
        if (broken.Count > 0)
        {
            throw new InvalidOperationException($"Migration {name} would leave rows of {string.Join(", ", broken.Distinct())} without their parent.");
        }
    }

    private static bool Rebuilds(string script) => script.StartsWith(Marker, StringComparison.Ordinal);
}
