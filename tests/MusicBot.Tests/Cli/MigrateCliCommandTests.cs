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

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("schema version 0, this release knows up to 1", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("[1/1] applying 0001_initial.sql", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("[1/1] 0001_initial.sql done in ", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("Applied 1 migration(s); now at schema version 1.", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Up to date at schema version 1.", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM schema_version"));
    }
}
