using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests;

public sealed class ProgramTests : IDisposable
{
    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Main_BrokenConfiguration_ListsEveryProblemAndExitsNonZero()
    {
        await using var bot = BotProcess.Start(_data.Path, new Dictionary<string, string>
        {
            ["MusicBot__DefaultProvider"] = "suno",
            ["MusicBot__PublicBaseUrl"] = "not a url",
            ["MusicBot__Quota__Prices__nosuch"] = "-1",
        });
        bot.CloseInput();

        Assert.Equal(1, await bot.WaitForExitAsync(TimeSpan.FromSeconds(30)));

        Assert.Contains("MusicBot:DefaultProvider is 'suno'", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("MusicBot:PublicBaseUrl 'not a url'", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("MusicBot:Quota:Prices:nosuch is -1", bot.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bot.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data.Path, "musicbot.db")));
    }

    [Fact]
    public async Task Main_BrokenProviderConfiguration_ListsEveryProviderProblem()
    {
        await using var bot = BotProcess.Start(_data.Path, new Dictionary<string, string>
        {
            ["MusicBot__Providers__SunoApi__ApiKey"] = "k",
            ["MusicBot__Providers__SunoApi__DefaultModel"] = "V9",
            ["MusicBot__Providers__MusicApi__BaseUrl"] = "ftp://music.example.test",
            ["MusicBot__Providers__Topview__ApiKey"] = "k",
        });
        bot.CloseInput();

        Assert.Equal(1, await bot.WaitForExitAsync(TimeSpan.FromSeconds(30)));

        Assert.Contains("MusicBot:Providers:SunoApi:DefaultModel 'V9' is not a sunoapi model", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("MusicBot:Providers:MusicApi:BaseUrl 'ftp://music.example.test/' is not an absolute http(s) URL", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("MusicBot:Providers:Topview:Uid is required", bot.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bot.Stderr, StringComparison.Ordinal);
    }
}
