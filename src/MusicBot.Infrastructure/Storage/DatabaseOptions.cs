namespace MusicBot.Infrastructure.Storage;

/// <summary>Section <c>MusicBot:Database</c>: which engine holds the bot's state.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "MusicBot:Database";

    /// <summary><c>sqlite</c> (the file in the data directory) or <c>postgres</c> (several instances share one server).</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>The PostgreSQL connection string (a secret: never logged or shown). Needed for <c>postgres</c> and <c>musicbot migrate-store</c>.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, DatabaseProviders.Postgres, StringComparison.OrdinalIgnoreCase);
}
