using System.Data.Common;
using Microsoft.Data.Sqlite;
using MusicBot.Infrastructure.Storage;

namespace MusicBot.Infrastructure.Sqlite;

/// <summary>The embedded store: one file in the data directory, written by one process at a time.</summary>
public sealed class SqliteDatabase : IStoreDatabase
{
    public SqliteDatabase(SqliteConnectionFactory connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        StoredValues.Register();
        Connections = connections;
    }

    public SqliteConnectionFactory Connections { get; }

    public string Provider => DatabaseProviders.Sqlite;

    public string Description => $"SQLite {Connections.DatabasePath}";

    // BEGIN IMMEDIATE already holds the database's only write lock for the whole transaction.
    public string LockRow => "";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await Connections.OpenAsync(cancellationToken);

    public Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public object Time(DateTimeOffset value) => DbTime.Format(value);

    public object? Time(DateTimeOffset? value) => DbTime.Format(value);

    // Dapper expands a list parameter into (@p1, @p2, …).
    public string IsIn(string column, string parameter) => $"{column} IN {parameter}";

    public string EqualsIgnoringCase(string column, string parameter) => $"{column} = {parameter} COLLATE NOCASE";
}
