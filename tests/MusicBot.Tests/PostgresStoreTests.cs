using Npgsql;
using MusicBot.Testing;

namespace MusicBot.Tests;

/// <summary>The real binary with <c>MusicBot:Database:Provider=postgres</c>: the whole bot on a PostgreSQL server.</summary>
public sealed class PostgresStoreTests : IClassFixture<PostgresStoreFixture>, IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [StoreFact]
    public async Task Generate_OnAnEmptyDatabase_MigratesItAndKeepsEverythingThereAcrossARestart()
    {
        await using var database = await PostgresTestServer.CreateEmptyAsync();

        await using (var first = BotProcess.Start(_data.Path, OnPostgres(database.ConnectionString)))
        {
            await first.SendAsync("/style lo-fi piano, rainy night\n/generate\n");
            first.CloseInput();
            Assert.Equal(0, await first.WaitForExitAsync(Timeout));
            Assert.Contains("done: 2 tracks, 1 credit charged", first.Stdout, StringComparison.Ordinal);
            // The terminal chat keeps Information (the banner) in the log file; the password is in none of it.
            Assert.Contains($"(database: PostgreSQL {database.Name} on ", first.Log, StringComparison.Ordinal);
            Assert.DoesNotContain(Password(database), first.Written, StringComparison.Ordinal);
        }

        await using var second = BotProcess.Start(_data.Path, OnPostgres(database.ConnectionString));
        await second.SendAsync("/credits\n/history\n");
        second.CloseInput();

        Assert.Equal(0, await second.WaitForExitAsync(Timeout));
        Assert.Contains("You have 9 credits", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("lo-fi piano, rainy night", second.Stdout, StringComparison.Ordinal);
        Assert.Equal("succeeded", await database.ScalarAsync<string>("SELECT state FROM tasks"));
        Assert.Equal(2, await database.ScalarAsync<long>("SELECT COUNT(*) FROM tracks"));
        Assert.Equal(0, await database.ScalarAsync<long>(DatabaseFile.LedgerMismatches));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT COUNT(*) FROM deliveries WHERE state <> 'delivered'"));
        Assert.False(File.Exists(Path.Combine(_data.Path, "musicbot.db")), "the SQLite file must not be created when PostgreSQL is the store");
    }

    [StoreFact]
    public async Task Migrate_EmptyDatabase_AppliesWithProgressThenSaysUpToDate()
    {
        await using var database = await PostgresTestServer.CreateEmptyAsync();

        var first = await BotProcess.RunCliAsync(_data.Path, OnPostgres(database.ConnectionString), "migrate");
        var second = await BotProcess.RunCliAsync(_data.Path, OnPostgres(database.ConnectionString), "migrate");

        var migrations = Infrastructure.Storage.MigrationScripts.Postgres.Discover();
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains($"Database PostgreSQL {database.Name} on ", first.Stderr, StringComparison.Ordinal);
        Assert.Contains($"schema version 0, this release knows up to {migrations[^1].Version}", first.Stderr, StringComparison.Ordinal);
        Assert.Contains($"[1/{migrations.Count}] 0001_initial.sql done in ", first.Stderr, StringComparison.Ordinal);
        Assert.Contains($"Up to date at schema version {migrations[^1].Version}.", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(migrations.Count, await database.ScalarAsync<long>("SELECT COUNT(*) FROM schema_version"));
        Assert.DoesNotContain(Password(database), first.Output + second.Output, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Start_WrongPassword_SaysWhatTheServerSaidAndWhichSettingToFix()
    {
        await using var database = await PostgresTestServer.CreateEmptyAsync();
        var wrong = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = "Wrong-Secret-7" }.ConnectionString;

        await using var bot = BotProcess.Start(_data.Path, OnPostgres(wrong));
        bot.CloseInput();

        Assert.Equal(1, await bot.WaitForExitAsync(Timeout));
        Assert.Contains("MusicBot cannot start: the PostgreSQL database (PostgreSQL ", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("password authentication failed for user", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("Check MusicBot:Database:ConnectionString", bot.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrong-Secret-7", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bot.Stderr, StringComparison.Ordinal);
    }

    public static Dictionary<string, string> OnPostgres(string connectionString) => new()
    {
        ["MusicBot__Database__Provider"] = "postgres",
        ["MusicBot__Database__ConnectionString"] = connectionString,
        ["MusicBot__Providers__Local__StageDelay"] = "00:00:00.200",
    };

    private static string Password(TestPostgresDatabase database) => new NpgsqlConnectionStringBuilder(database.ConnectionString).Password!;
}
