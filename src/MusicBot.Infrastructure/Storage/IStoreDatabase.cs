using System.Data.Common;

namespace MusicBot.Infrastructure.Storage;

/// <summary>
/// The database engine under the repositories: how to open a connection, how a write transaction starts, how a time
/// is stored, and the few phrases the engines spell differently. Everything else (SQL both engines run, rows,
/// mapping, state names) is shared, so a change to a repository reaches every store.
/// </summary>
public interface IStoreDatabase
{
    /// <summary><see cref="DatabaseProviders.Sqlite"/> or <see cref="DatabaseProviders.Postgres"/>.</summary>
    string Provider { get; }

    /// <summary>Where the data lives, for people (banner, CLI): never a password.</summary>
    string Description { get; }

    /// <summary>A new open connection for one unit of work; the caller disposes it.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A transaction whose reads may be followed by writes that depend on them: SQLite takes its single write lock up
    /// front; PostgreSQL reads committed data and the statements lock the rows they change (see <see cref="LockRow"/>).
    /// </summary>
    Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A time as this engine stores it (a parameter value).</summary>
    object Time(DateTimeOffset value);

    /// <summary>A time or null as this engine stores it (a parameter value).</summary>
    object? Time(DateTimeOffset? value);

    /// <summary>Ends a SELECT whose row the transaction changes next, so no other writer changes it in between.</summary>
    string LockRow { get; }

    /// <summary>A condition: <paramref name="column"/> is one of the list parameter <paramref name="parameter"/>.</summary>
    string IsIn(string column, string parameter);

    /// <summary>A condition: <paramref name="column"/> equals the text parameter, ignoring ASCII case.</summary>
    string EqualsIgnoringCase(string column, string parameter);
}
