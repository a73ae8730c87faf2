using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Infrastructure.Storage;

namespace MusicBot.Testing;

/// <summary>A migrated SQLite file in its own temp directory: the real database, never a fake.</summary>
public sealed class TestDatabase : TestStore, IDisposable
{
    private TestDatabase(TestDataDirectory directory)
    {
        Directory = directory;
        Connections = new SqliteConnectionFactory(directory.Options);
        Sqlite = new SqliteDatabase(Connections);
    }

    public TestDataDirectory Directory { get; }

    public SqliteConnectionFactory Connections { get; }

    public SqliteDatabase Sqlite { get; }

    public override IStoreDatabase Database => Sqlite;

    public override IStoreDatabase Reopen() => new SqliteDatabase(new SqliteConnectionFactory(Directory.Options));

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase(new TestDataDirectory());
        await new DatabaseMigrator(database.Connections, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        return database;
    }

    public async Task<SqliteConnection> OpenAsync() => await Connections.OpenAsync(CancellationToken.None);

    public void Dispose() => Directory.Dispose();

    public override ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
