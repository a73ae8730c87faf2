using MusicBot.Infrastructure.Postgres;
using MusicBot.Infrastructure.Storage;

namespace MusicBot.Testing;

/// <summary>A store on a database of its own on the test PostgreSQL server.</summary>
public sealed class PostgresTestStore : TestStore
{
    private readonly TestPostgresDatabase _database;
    private readonly PostgresDatabase _store;
    private readonly List<PostgresDatabase> _reopened = [];

    private PostgresTestStore(TestPostgresDatabase database)
    {
        _database = database;
        _store = new PostgresDatabase(database.ConnectionString);
    }

    public override IStoreDatabase Database => _store;

    public override IStoreDatabase Reopen()
    {
        var another = new PostgresDatabase(_database.ConnectionString);
        _reopened.Add(another);
        return another;
    }

    public PostgresDatabase Postgres => _store;

    public string ConnectionString => _database.ConnectionString;

    public static async Task<PostgresTestStore> CreateAsync() => new(await PostgresTestServer.CreateMigratedAsync());

    public override async ValueTask DisposeAsync()
    {
        foreach (var another in _reopened)
        {
            await another.DisposeAsync();
        }

        await _store.DisposeAsync();
        await _database.DisposeAsync();
    }
}
