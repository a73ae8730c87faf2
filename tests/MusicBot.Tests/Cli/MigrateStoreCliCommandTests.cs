using MusicBot.Testing;

namespace MusicBot.Tests.Cli;

/// <summary><c>musicbot migrate-store --to postgres</c> through the real binary: a bot's SQLite history moves up and carries on.</summary>
public sealed class MigrateStoreCliCommandTests : IClassFixture<PostgresStoreFixture>, IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [StoreFact]
    public async Task RunAsync_BotUsedSqlite_CopiesWithProgressAndTheBotCarriesOnOnPostgres()
    {
        await using (var sqliteBot = BotProcess.Start(_data.Path, FastStages()))
        {
            await sqliteBot.SendAsync("/style lo-fi piano, rainy night\n/generate\n");
            sqliteBot.CloseInput();
            Assert.Equal(0, await sqliteBot.WaitForExitAsync(Timeout));
        }

        await using var database = await PostgresTestServer.CreateEmptyAsync();
        var target = new Dictionary<string, string> { ["MusicBot__Database__ConnectionString"] = database.ConnectionString };

        var cli = await BotProcess.RunCliAsync(_data.Path, target, "migrate-store", "--to", "postgres");

        Assert.True(cli.ExitCode == 0, cli.Stderr);
        Assert.Contains($"Copying SQLite {Path.Combine(_data.Path, "musicbot.db")} into PostgreSQL {database.Name} on ", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("] tasks: 1 rows copied", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("] tracks: 2 rows copied", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("verified: row counts of every table, 1 balances, ledger adds up.", cli.Stdout, StringComparison.Ordinal);
        Assert.Contains("Next: set MusicBot:Database:Provider=postgres", cli.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Password(database), cli.Output, StringComparison.Ordinal);

        var again = await BotProcess.RunCliAsync(_data.Path, target, "migrate-store", "--to", "postgres");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("migrate-store failed: The PostgreSQL database ", again.Stderr, StringComparison.Ordinal);
        Assert.Contains("already holds data", again.Stderr, StringComparison.Ordinal);

        var onPostgres = PostgresStoreTests.OnPostgres(database.ConnectionString);
        await using var postgresBot = BotProcess.Start(_data.Path, onPostgres);
        await postgresBot.SendAsync("/credits\n/history\n/generate\n");
        postgresBot.CloseInput();
        Assert.Equal(0, await postgresBot.WaitForExitAsync(Timeout));
        Assert.Contains("You have 9 credits", postgresBot.Stdout, StringComparison.Ordinal);
        Assert.Contains("lo-fi piano, rainy night", postgresBot.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, await database.ScalarAsync<long>("SELECT COUNT(*) FROM tasks WHERE state = 'succeeded'"));
        Assert.Equal(8, await database.ScalarAsync<long>("SELECT balance FROM credit_accounts"));
        Assert.Equal(0, await database.ScalarAsync<long>(DatabaseFile.LedgerMismatches));
    }

    [StoreFact]
    public async Task RunAsync_NoConnectionString_SaysWhichSettingNamesTheTarget()
    {
        Assert.Equal(0, (await BotProcess.RunCliAsync(_data.Path, null, "migrate")).ExitCode);

        var cli = await BotProcess.RunCliAsync(_data.Path, null, "migrate-store", "--to", "postgres");

        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("migrate-store needs the target: set MusicBot:Database:ConnectionString", cli.Stderr, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task RunAsync_AnotherTarget_IsAUsageError()
    {
        var cli = await BotProcess.RunCliAsync(_data.Path, null, "migrate-store", "--to", "mysql");

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains("musicbot migrate-store: --to must be postgres", cli.Stderr, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> FastStages() => new() { ["MusicBot__Providers__Local__StageDelay"] = "00:00:00.200" };

    private static string Password(TestPostgresDatabase database) => new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Password!;
}
