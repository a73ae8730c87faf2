using System.Data.Common;
using Microsoft.Extensions.Options;
using MusicBot.Infrastructure.Storage;
using Npgsql;

namespace MusicBot.Infrastructure.Postgres;

/// <summary>
/// The store for several instances: connections come from one pooled <see cref="NpgsqlDataSource"/>. Write steps run
/// in READ COMMITTED transactions that lock the rows they depend on (<c>SELECT … FOR UPDATE</c>), so instances
/// serialise only on the same user or task; <see cref="DataSource"/> is there for work claiming
/// (<c>FOR UPDATE SKIP LOCKED</c>), advisory locks and <c>LISTEN/NOTIFY</c>.
/// </summary>
public sealed class PostgresDatabase : IStoreDatabase, IAsyncDisposable, IDisposable
{
    public PostgresDatabase(IOptions<DatabaseOptions> options)
        : this(options?.Value.ConnectionString is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException("MusicBot:Database:ConnectionString is not set."))
    {
    }

    public PostgresDatabase(string connectionString)
    {
        StoredValues.Register();
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "musicbot";
        var settings = builder.ConnectionStringBuilder;
        // Without a Database, PostgreSQL uses the user's name.
        Target = new PostgresTarget(settings.Host ?? "", settings.Port, settings.Database ?? settings.Username ?? "", settings.Username ?? "");
        Description = $"PostgreSQL {Target} as {Target.Username}";
        DataSource = builder.Build();
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>Server, database and user, without the password.</summary>
    public PostgresTarget Target { get; }

    public string Provider => DatabaseProviders.Postgres;

    public string Description { get; }

    public string LockRow => " FOR UPDATE";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await DataSource.OpenConnectionAsync(cancellationToken);

    public async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken);
    }

    // timestamptz takes UTC only (Npgsql refuses other offsets rather than guess).
    public object Time(DateTimeOffset value) => value.ToUniversalTime();

    public object? Time(DateTimeOffset? value) => value?.ToUniversalTime();

    // Npgsql sends a list parameter as one array.
    public string IsIn(string column, string parameter) => $"{column} = ANY({parameter})";

    // lower() folds at least ASCII, as SQLite's NOCASE does; migration 0002 indexes (platform, lower(handle)).
    public string EqualsIgnoringCase(string column, string parameter) => $"lower({column}) = lower({parameter})";

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    public void Dispose() => DataSource.Dispose();
}
