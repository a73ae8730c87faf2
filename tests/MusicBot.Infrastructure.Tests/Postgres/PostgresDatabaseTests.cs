using MusicBot.Infrastructure.Postgres;

namespace MusicBot.Infrastructure.Tests.Postgres;

public sealed class PostgresDatabaseTests
{
    [Fact]
    public async Task Description_FullConnectionString_NamesServerDatabaseAndUserButNeverThePassword()
    {
        await using var db = new PostgresDatabase("Host=db.internal;Port=6432;Database=musicbot;Username=bot;Password=hunter2-secret");

        Assert.Equal("PostgreSQL musicbot on db.internal:6432 as bot", db.Description);
        Assert.DoesNotContain("hunter2", db.Description + db.Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Time_AnyOffset_IsStoredAsUtc()
    {
        await using var db = new PostgresDatabase("Host=localhost;Username=bot");

        var stored = Assert.IsType<DateTimeOffset>(db.Time(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.FromHours(2))));

        Assert.Equal((TimeSpan.Zero, 10), (stored.Offset, stored.Hour));
        Assert.Null(db.Time((DateTimeOffset?)null));
    }
}
