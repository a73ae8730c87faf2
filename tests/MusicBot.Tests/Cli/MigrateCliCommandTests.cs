using MusicBot.Infrastructure.Sqlite;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Cli;

public sealed class MigrateCliCommandTests : IDisposable
{
    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task RunAsync_FreshThenAgain_AppliesWithProgressThenSaysUpToDate()
    {
        var first = await BotProcess.RunCliAsync(_data.Path, null, "migrate");
        var second = await BotProcess.RunCliAsync(_data.Path, null, "migrate");

        var migrations = DatabaseMigrator.Discover();
        var latest = migrations[^1].Version;
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"schema version 0, this release knows up to {latest}", first.Stderr, StringComparison.Ordinal);
        Assert.Contains($"[1/{migrations.Count}] applying 0001_initial.sql", first.Stderr, StringComparison.Ordinal);
        Assert.Contains($"[1/{migrations.Count}] 0001_initial.sql done in ", first.Stderr, StringComparison.Ordinal);
        Assert.Contains($"Applied {migrations.Count} migration(s); now at schema version {latest}.", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"Up to date at schema version {latest}.", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(migrations.Count, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM schema_version"));
    }
}
