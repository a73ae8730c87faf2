using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MusicBot.Infrastructure.Sqlite;

namespace MusicBot;

/// <summary>
/// Start-up failures that are the operator's to fix (a port in use, a data directory the bot cannot write, a database
/// another process holds), turned into one sentence saying what to do instead of a stack trace. Anything else is a
/// bug and keeps its stack trace.
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
}
