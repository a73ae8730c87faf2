using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.State;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Discord;

/// <summary>The real musicbot binary, configured only by environment variables, against the Discord emulator.</summary>
public sealed class DiscordBotProcessTests : IDisposable
{
    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Main_DiscordTokenAndApiBaseUrl_ServesSlashCommandsAndNeverLogsTheToken()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        await using var bot = BotProcess.Start(_data.Path, Settings(discord, discord.Options.Token));
        await discord.WaitUntilAsync(() => !discord.State.Commands.IsEmpty, "the bot to register its commands", TimeSpan.FromSeconds(60));
        var ian = EmulatedUser.Member("167348773423415296");

        await discord.WaitForReplyAsync(await discord.SlashAsync(ian, "music draft set", ("style", "lo-fi piano, rain")));
        var generate = await discord.SlashAsync(ian, "music generate");
        var progress = await discord.WaitForReplyAsync(generate);
        await discord.WaitUntilAsync(() => discord.FollowUps(generate).Count == 2 && progress!.Content!.Contains("is done", StringComparison.Ordinal), "both tracks");

        Assert.All(discord.FollowUps(generate), m => Assert.Single(m.Attachments));
        Assert.Empty(discord.Record.Violations);
        Assert.DoesNotContain(discord.Options.Token, bot.Written, StringComparison.Ordinal);
        Assert.DoesNotContain(generate.Token, bot.Written, StringComparison.Ordinal);
        Assert.DoesNotContain("MusicBot terminal chat", bot.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_PublicKeyWithoutGateway_ServesInteractionsOverHttp()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        var settings = Settings(discord, discord.Options.Token);
        settings["MusicBot__Discord__PublicKey"] = discord.Signer.PublicKeyHex;
        settings["MusicBot__Discord__GatewayEnabled"] = "false";
        await using var bot = BotProcess.Start(_data.Path, settings);
        var address = await bot.WaitForListeningAsync(TimeSpan.FromSeconds(60));
        await discord.WaitUntilAsync(() => !discord.State.Commands.IsEmpty, "the bot to register its commands", TimeSpan.FromSeconds(60));
        var ian = EmulatedUser.Member("167348773423415296");

        await discord.SetInteractionsEndpointAsync(new Uri(address, "discord/interactions").AbsoluteUri);
        var generate = await discord.SlashAsync(ian, "music generate", ("style", "lo-fi piano, rain"));
        var progress = await discord.WaitForReplyAsync(generate);
        await discord.WaitUntilAsync(() => discord.FollowUps(generate).Count == 2 && progress!.Content!.Contains("is done", StringComparison.Ordinal), "both tracks");

        Assert.Contains(generate.Id, discord.Record.HttpInteractions);
        Assert.Empty(discord.Record.GatewayOf("connect"));
        Assert.Empty(discord.Record.Violations);
        Assert.DoesNotContain(discord.Options.Token, bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(generate.Token, bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_RejectedToken_ExitsWithCode1AndSaysWhatToFix()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        const string wrong = "MTIzNDU2.not-the-right-token.abcdefgh";

        await using var bot = BotProcess.Start(_data.Path, Settings(discord, wrong));

        Assert.Equal(1, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Discord rejected the bot token", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("MusicBot:Discord:BotToken", bot.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, bot.Written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_InvalidDiscordSettings_ListsEveryProblemWithoutTheToken()
    {
        await using var bot = BotProcess.Start(_data.Path, new Dictionary<string, string>
        {
            ["MusicBot__Discord__BotToken"] = "Bot secret-token-value",
            ["MusicBot__Discord__ApiBaseUrl"] = "ftp://discord.example",
            ["MusicBot__Discord__GuildIds__0"] = "my-server",
            ["MusicBot__Discord__ShardIds__0"] = "3",
        });

        Assert.Equal(1, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("MusicBot:Discord:ApiBaseUrl 'ftp://discord.example/' is not an absolute http(s) URL", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("MusicBot:Discord:BotToken contains whitespace", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("MusicBot:Discord:GuildIds: 'my-server' is not a guild id", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("MusicBot:Discord:ShardIds: shard 3 is outside 0..0", bot.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-value", bot.Stderr, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Settings(DiscordEmulator discord, string token) => new()
    {
        ["MusicBot__Discord__BotToken"] = token,
        ["MusicBot__Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
        ["MusicBot__Discord__GuildIds__0"] = discord.Options.GuildId,
        ["MusicBot__Providers__Local__StageDelay"] = "00:00:00.100",
        ["MusicBot__Providers__Local__PollInterval"] = "00:00:00.050",
        ["MusicBot__Delivery__PollInterval"] = "00:00:00.050",
        ["MusicBot__Generation__WorkerInterval"] = "00:00:00.050",
    };
}
