using System.Text.Json;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Logging;

public sealed class ConsoleLoggingExtensionsTests : IDisposable
{
    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task AddMusicBotConsole_JsonOn_WritesOneJsonObjectPerLineWithEventIds()
    {
        await using var bot = BotProcess.Start(_data.Path, new Dictionary<string, string> { ["MusicBot__Logging__Json"] = "true" });
        await bot.WaitForListeningAsync(TimeSpan.FromSeconds(60));
        bot.CloseInput();
        Assert.Equal(0, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        var lines = bot.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        var events = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(events, e => Assert.True(e.TryGetProperty("Timestamp", out _) && e.TryGetProperty("LogLevel", out _) && e.TryGetProperty("Category", out _)));
        var banner = Assert.Single(events, e => e.GetProperty("EventId").GetInt32() == 1 && e.GetProperty("Category").GetString() == "MusicBot.StartupBanner");
        Assert.Equal($"SQLite {Path.Combine(_data.Path, "musicbot.db")}", banner.GetProperty("State").GetProperty("Database").GetString());
        Assert.Contains(events, e => e.GetProperty("EventId").GetInt32() == 1001);
    }

    [Fact]
    public async Task AddMusicBotConsole_Default_WritesPlainTextToStderrOnly()
    {
        await using var bot = BotProcess.Start(_data.Path);
        await bot.WaitForListeningAsync(TimeSpan.FromSeconds(60));
        bot.CloseInput();
        Assert.Equal(0, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        Assert.Contains("info: MusicBot.StartupBanner[1]", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("Platforms: discord off (no token), telegram off (no token), terminal on. Providers: local.", bot.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("info:", bot.Stdout, StringComparison.Ordinal);
    }
}
