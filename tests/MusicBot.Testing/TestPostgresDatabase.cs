namespace MusicBot.Testing;

/// <summary>A database of its own on the test server, dropped (with any connection left to it) on dispose.</summary>
public sealed class TestPostgresDatabase(string name, string connectionString) : IAsyncDisposable
{
    public string Name { get; } = name;

    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync() => await PostgresTestServer.DropAsync(Name);
}
