namespace MusicBot.Infrastructure.Storage;

/// <summary>The values of <c>MusicBot:Database:Provider</c>.</summary>
public static class DatabaseProviders
{
    /// <summary>One file in the data directory, one bot process: the embedded default.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>A PostgreSQL server, for several instances.</summary>
    public const string Postgres = "postgres";

    public static readonly IReadOnlyList<string> All = [Sqlite, Postgres];
}
