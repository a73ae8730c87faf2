namespace MusicBot.Testing;

/// <summary>Makes a fresh store per test; a contract test class takes one of these as its class fixture.</summary>
public interface IStoreFixture
{
    Task<TestStore> CreateStoreAsync();
}

/// <summary>Each test on a new SQLite file.</summary>
public sealed class SqliteStoreFixture : IStoreFixture
{
    public async Task<TestStore> CreateStoreAsync() => await TestDatabase.CreateAsync();
}

/// <summary>
/// Each test on a new database of the test PostgreSQL server. A class with this fixture is skipped, saying how to
/// start a server, when there is none outside CI (see <see cref="StoreFactAttribute"/>).
/// </summary>
public sealed class PostgresStoreFixture : IStoreFixture
{
    public async Task<TestStore> CreateStoreAsync() => await PostgresTestStore.CreateAsync();
}
