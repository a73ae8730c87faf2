using System.Text.Json;
using System.Text.RegularExpressions;
using MusicBot.Testing;

namespace MusicBot.Tests.Logging;

/// <summary>
/// The real binary's logs: a service run writes them all to stderr; the terminal chat keeps its screen for the chat,
/// with only warnings and errors on stderr and every line in <c>{DataDirectory}/logs/musicbot.log</c>.
/// </summary>
public sealed partial class MusicBotLoggingExtensionsTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly TestDataDirectory _data = new();

    private string LogDirectory => Path.Combine(_data.Path, "logs");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task AddMusicBotLogging_TerminalChat_ScreenShowsOnlyTheChatAndTheFileEveryLine()
    {
        await using var bot = BotProcess.Start(_data.Path);
        await bot.SendAsync("/credits\n");
        bot.CloseInput();
        Assert.Equal(0, await bot.WaitForExitAsync(Timeout));

        Assert.StartsWith("MusicBot terminal chat.", bot.Stdout, StringComparison.Ordinal);
        Assert.Contains("You have 10 credits here", bot.Stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(QuietLevel(), bot.Stdout + bot.Stderr);
        var log = await File.ReadAllTextAsync(Path.Combine(LogDirectory, "musicbot.log"));
        Assert.Matches(PlainLine("info", "MusicBot.StartupBanner", 1, "MusicBot starting. Platforms: discord off (no token), telegram off (no token), terminal on. Providers: local."), log);
        Assert.Matches(PlainLine("info", "MusicBot.Infrastructure.Sqlite.DatabaseMigrator", 1001, "Applied database migration 1 (0001_initial.sql)"), log);
        Assert.Matches(PlainLine("info", "MusicBot.StartupBanner", 2, "Listening on http://127.0.0.1:"), log);
    }

    [Fact]
    public async Task AddMusicBotLogging_TerminalChatWithAWarning_ShowsTheWarningOnStderrAndInTheFile()
    {
        // Discord on a closed local port: every gateway lookup fails, and each failure is a warning.
        await using var bot = BotProcess.Start(_data.Path, new Dictionary<string, string>
        {
            ["MusicBot__Terminal__Enabled"] = "true",
            ["MusicBot__Discord__BotToken"] = "MTAwMDAwMDAwMDAwMDAwMDAw.Glogging.LOGGINGtestTOKEN000000000",
            ["MusicBot__Discord__ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
        });
        await bot.WaitForErrorOutputAsync("warn: MusicBot.Discord.Rest.DiscordRestClient[5104]", Timeout);
        await bot.SendAsync("/credits\n");
        bot.CloseInput();
        Assert.Equal(0, await bot.WaitForExitAsync(Timeout));

        Assert.Contains("Discord call GET /gateway/bot failed without an answer", bot.Stderr, StringComparison.Ordinal);
        Assert.DoesNotMatch(QuietLevel(), bot.Stderr);
        Assert.Matches(PlainLine("warn", "MusicBot.Discord.Rest.DiscordRestClient", 5104, "Discord call GET /gateway/bot failed without an answer"), bot.Log);
        Assert.Matches(PlainLine("info", "MusicBot.StartupBanner", 1, "MusicBot starting. Platforms: discord on,"), bot.Log);
    }

    [Fact]
    public async Task AddMusicBotLogging_TerminalChatJsonOn_WritesTheJsonConsoleFieldsOneObjectPerLineToTheFile()
    {
        await using var bot = BotProcess.Start(_data.Path, new Dictionary<string, string> { ["MusicBot__Logging__Json"] = "true" });
        bot.CloseInput();
        Assert.Equal(0, await bot.WaitForExitAsync(Timeout));

        Assert.DoesNotContain("\"LogLevel\":\"Information\"", bot.Stderr, StringComparison.Ordinal);
        var events = JsonLines(bot.Log);
        Assert.All(events, e => Assert.True(e.TryGetProperty("Timestamp", out _) && e.TryGetProperty("LogLevel", out _) && e.TryGetProperty("Category", out _), e.ToString()));
        var banner = Assert.Single(events, e => e.GetProperty("EventId").GetInt32() == 1 && e.GetProperty("Category").GetString() == "MusicBot.StartupBanner");
        Assert.Equal("Information", banner.GetProperty("LogLevel").GetString());
        Assert.Equal($"SQLite {Path.Combine(_data.Path, "musicbot.db")}", banner.GetProperty("State").GetProperty("Database").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", banner.GetProperty("Timestamp").GetString()!);
        Assert.Contains(events, e => e.GetProperty("EventId").GetInt32() == 1001);
    }

    [Fact]
    public async Task AddMusicBotLogging_ServiceRun_LogsEverythingToStderrAndWritesNoFile()
    {
        await using var bot = BotProcess.Start(_data.Path, new Dictionary<string, string> { ["MusicBot__Terminal__Enabled"] = "false" });
        await bot.WaitForListeningAsync(Timeout);
        Assert.Equal(0, await bot.StopAsync(Timeout));

        Assert.Contains("info: MusicBot.StartupBanner[1]", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("Platforms: discord off (no token), telegram off (no token), terminal off. Providers: local.", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("warn: MusicBot.StartupBanner[3]", bot.Stderr, StringComparison.Ordinal);
        Assert.Equal("", bot.Stdout);
        Assert.False(Directory.Exists(LogDirectory), "a service run has no log file: its logs are on stderr, for journald or docker logs");
    }

    [Fact]
    public async Task AddMusicBotLogging_ServiceRunJsonOn_WritesOneJsonObjectPerLineToStderrWithEventIds()
    {
        await using var bot = BotProcess.Start(_data.Path, new Dictionary<string, string>
        {
            ["MusicBot__Terminal__Enabled"] = "false",
            ["MusicBot__Logging__Json"] = "true",
        });
        await bot.WaitForListeningAsync(Timeout);
        Assert.Equal(0, await bot.StopAsync(Timeout));

        var events = JsonLines(bot.Stderr);
        Assert.All(events, e => Assert.True(e.TryGetProperty("Timestamp", out _) && e.TryGetProperty("LogLevel", out _) && e.TryGetProperty("Category", out _), e.ToString()));
        var banner = Assert.Single(events, e => e.GetProperty("EventId").GetInt32() == 1 && e.GetProperty("Category").GetString() == "MusicBot.StartupBanner");
        Assert.Equal($"SQLite {Path.Combine(_data.Path, "musicbot.db")}", banner.GetProperty("State").GetProperty("Database").GetString());
        Assert.Contains(events, e => e.GetProperty("EventId").GetInt32() == 1001);
        Assert.Contains(events, e => e.GetProperty("EventId").GetInt32() == 3 && e.GetProperty("LogLevel").GetString() == "Warning");
        Assert.False(Directory.Exists(LogDirectory));
    }

    private static List<JsonElement> JsonLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        return [.. lines.Select(l => JsonDocument.Parse(l).RootElement)];
    }

    /// <summary>One line of the file's plain format: a timestamp, then what the console would print on its first line.</summary>
    private static Regex PlainLine(string level, string category, int eventId, string messageStart) =>
        new($@"(?m)^\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{{3}} [+-]\d\d:\d\d {level}: {Regex.Escape($"{category}[{eventId}] {messageStart}")}");

    /// <summary>A console line below Warning.</summary>
    [GeneratedRegex(@"(?m)^(trce|dbug|info): ")]
    private static partial Regex QuietLevel();
}
