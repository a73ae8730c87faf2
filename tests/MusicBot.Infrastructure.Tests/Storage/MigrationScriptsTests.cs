using MusicBot.Infrastructure.Storage;

namespace MusicBot.Infrastructure.Tests.Storage;

public sealed class MigrationScriptsTests
{
    [Fact]
    public void Discover_BothEngines_HaveTheSameNumbersAndNames()
    {
        var sqlite = MigrationScripts.Sqlite.Discover().Select(m => m.Name).ToList();
        var postgres = MigrationScripts.Postgres.Discover().Select(m => m.Name).ToList();

        var missing = sqlite.Except(postgres, StringComparer.Ordinal).ToList();
        var extra = postgres.Except(sqlite, StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"A schema version must mean the same tables in both stores. Write the PostgreSQL twin of {string.Join(", ", missing.DefaultIfEmpty("-"))} " +
            $"in src/MusicBot.Infrastructure/Postgres/Migrations (same number and name); PostgreSQL-only: {string.Join(", ", extra.DefaultIfEmpty("-"))}.");
    }

    [Fact]
    public void Discover_Postgres_NumberedFromOneWithoutGaps()
    {
        var versions = MigrationScripts.Postgres.Discover().Select(m => m.Version).ToList();

        Assert.Equal(Enumerable.Range(1, versions.Count).Select(v => (long)v), versions);
    }
}
