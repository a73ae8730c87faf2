using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Infrastructure.Storage;
using Npgsql;

namespace MusicBot;

/// <summary>
/// Start-up failures that are the operator's to fix (a port in use, a data directory the bot cannot write, a database
/// another process holds, a PostgreSQL server that refuses the bot), turned into one sentence saying what to do instead
/// of a stack trace. Anything else is a bug and keeps its stack trace.
/// </summary>
public static class StartupFailures
{
    // SQLite result codes: https://sqlite.org/rescode.html
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Full = 13;
    private const int CantOpen = 14;

    public static string? Explain(Exception exception, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(services);
        if (exception is IOException bind && bind.Message.StartsWith("Failed to bind to address", StringComparison.Ordinal))
        {
            // Kestrel fails inside RunAsync, which has disposed the services by now: this case needs none of them.
            return $"{bind.Message} Another program (or another bot) uses that port: stop it, or change MusicBot:Http:Urls.";
        }

        if (PostgresProblem(exception) is { } problem)
        {
            return $"the PostgreSQL database ({services.GetRequiredService<IStoreDatabase>().Description}) cannot be used: {problem}. " +
                "Check MusicBot:Database:ConnectionString (host, port, database, user, password) and that the server lets this host in.";
        }

        var database = services.GetRequiredService<SqliteConnectionFactory>().DatabasePath;
        var directory = Path.GetDirectoryName(database)!;
        const string Storage = "Check MusicBot:DataDirectory: it must be a directory the bot's user can write (in the container, uid 1654 owns /data).";
        return exception switch
        {
            SqliteException { SqliteErrorCode: Busy or Locked } =>
                $"the database {database} is locked by another process. Is a second bot running on the same data directory? SQLite has one writer: stop the other one.",
            SqliteException { SqliteErrorCode: ReadOnly or CantOpen or IoError or Full } sql =>
                $"the database {database} cannot be written ({sql.Message}). {Storage} A full disk gives this error too.",
            UnauthorizedAccessException or IOException when exception.Message.Contains(directory, StringComparison.Ordinal) =>
                $"{exception.Message} {Storage}",
            _ => null,
        };
    }

    /// <summary>What the server or the network said, for the failures an operator fixes; null for anything else (a bug).</summary>
    private static string? PostgresProblem(Exception exception) => exception switch
    {
        // Npgsql's and the server's messages name the server and user, never the password.
        PostgresException { SqlState: var state } server when state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("28", StringComparison.Ordinal)
            || state.StartsWith("3D", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
            || state is "42501" or "57P03" or "25006" => server.MessageText,
        PostgresException => null,
        NpgsqlException network => network.InnerException is { } inner ? $"{network.Message} ({inner.Message})" : network.Message,
        _ => null,
    };
}
