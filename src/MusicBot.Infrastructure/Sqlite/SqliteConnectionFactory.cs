using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using MusicBot.Core.Configuration;

namespace MusicBot.Infrastructure.Sqlite;

/// <summary>
/// Opens a connection per unit of work to the bot's database file. Every connection waits for a busy writer
/// instead of failing, and enforces foreign keys; WAL mode is set once by the migrator (it persists in the file).
/// </summary>
public sealed class SqliteConnectionFactory(IOptions<MusicBotOptions> options)
{
    public const string FileName = "musicbot.db";

    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    public string DatabasePath { get; } = Path.GetFullPath(Path.Combine(options.Value.DataDirectory, FileName));

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
