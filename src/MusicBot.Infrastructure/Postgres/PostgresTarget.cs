namespace MusicBot.Infrastructure.Postgres;

/// <summary>Which PostgreSQL database a connection string points at, for messages: never the password.</summary>
public sealed record PostgresTarget(string Host, int Port, string Database, string Username)
{
    public override string ToString() => $"{Database} on {Host}:{Port}";
}
