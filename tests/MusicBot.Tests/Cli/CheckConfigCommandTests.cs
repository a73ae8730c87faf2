using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Cli;

/// <summary><c>musicbot check-config</c> through the real binary.</summary>
public sealed class CheckConfigCommandTests : IDisposable
{
    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task RunAsync_BrokenEnvironment_ListsEveryProblemAndExitsOne()
    {
        var cli = await BotProcess.RunCliAsync(_data.Path, new Dictionary<string, string>
        {
            ["MusicBot__DefaultProvider"] = "suno",
            ["MusicBot__PublicBaseUrl"] = "not a url",
            ["MusicBot__Quota__Prices__nosuch"] = "-1",
            ["MusicBot__Http__Urls"] = "ftp://example.org",
            ["MusicBot__Telemetry__OtlpProtocol"] = "udp",
            ["MusicBot__Providers__Local__StageDelay"] = "01:00:00",
        }, "check-config");

        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("The configuration has 7 problem(s):", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("MusicBot:DefaultProvider is 'suno'", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("MusicBot:PublicBaseUrl 'not a url'", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("MusicBot:Quota:Prices:nosuch is -1", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("MusicBot:Quota:Prices:nosuch: 'nosuch' is not a provider", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("  - MusicBot:Http:Urls has 'ftp://example.org'", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("  - MusicBot:Telemetry:OtlpProtocol is 'udp'", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("  - MusicBot:Providers:Local:StageDelay: The field StageDelay must be between", cli.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", cli.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Configuration is valid", cli.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data.Path, "musicbot.db")));
    }

    [Fact]
    public async Task RunAsync_DiscordPublicKeyMalformed_NamesTheKeyAndWhatItMustBe()
    {
        var cli = await BotProcess.RunCliAsync(_data.Path, new Dictionary<string, string>
        {
            ["MusicBot__Discord__BotToken"] = "emulator-token.abc.def",
            ["MusicBot__Discord__PublicKey"] = "not-a-key",
            ["MusicBot__Discord__GatewayEnabled"] = "false",
        }, "check-config");

        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("MusicBot:Discord:PublicKey must be the application's public key from the Developer Portal (General Information → Public Key): 64 hexadecimal characters, not 9 characters", cli.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("emulator-token", cli.Stderr + cli.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DiscordHttpInteractions_ListsTheEndpointAndTheKey()
    {
        var cli = await BotProcess.RunCliAsync(_data.Path, new Dictionary<string, string>
        {
            ["MusicBot__Discord__BotToken"] = "emulator-token.abc.def",
            ["MusicBot__Discord__PublicKey"] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            ["MusicBot__Discord__GatewayEnabled"] = "false",
        }, "check-config");

        Assert.True(cli.ExitCode == 0, cli.Stderr);
        Assert.Contains("discord:   interactions at POST /discord/interactions (public key d75a9801…), gateway off", cli.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DiscordGatewayOffWithoutAPublicKey_SaysNothingCouldReachTheBot()
    {
        var cli = await BotProcess.RunCliAsync(_data.Path, new Dictionary<string, string>
        {
            ["MusicBot__Discord__BotToken"] = "emulator-token.abc.def",
            ["MusicBot__Discord__GatewayEnabled"] = "false",
        }, "check-config");

        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("MusicBot:Discord:GatewayEnabled is false and MusicBot:Discord:PublicKey is not set", cli.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SampleConfiguration_PassesAndSaysWhatIsOn()
    {
        var cli = await BotProcess.RunCliAsync(_data.Path, null, "check-config", "--config", RepositoryRoot.File("appsettings.sample.json"));

        Assert.True(cli.ExitCode == 0, cli.Stderr);
        Assert.Contains("Configuration is valid.", cli.Stdout, StringComparison.Ordinal);
        Assert.Contains("providers: local (default local)", cli.Stdout, StringComparison.Ordinal);
        Assert.Contains($"data:      {Path.Combine(_data.Path, "data")}", cli.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DefaultConfiguration_Passes()
    {
        var cli = await BotProcess.RunCliAsync(_data.Path, null, "check-config");

        Assert.True(cli.ExitCode == 0, cli.Stderr);
        Assert.Contains("platforms: discord off (no token), telegram off (no token), terminal on", cli.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BrokenFile_ListsEveryProblemIncludingValuesThatDoNotConvert()
    {
        var file = Path.Combine(_data.Path, "broken.json");
        await File.WriteAllTextAsync(file, """
            // a config an operator is about to deploy
            { "MusicBot": { "Quota": { "DefaultCredits": -5 }, "Generation": { "TaskTimeout": "fifteen minutes" }, "Logging": { "Json": "maybe" } } }
            """);

        var cli = await BotProcess.RunCliAsync(_data.Path, null, "check-config", "--config", file);

        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("The configuration has 3 problem(s):", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("  - MusicBot:Quota:DefaultCredits: The field DefaultCredits must be between 0 and 1000000.", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("  - Failed to convert configuration value 'fifteen minutes' at 'MusicBot:Generation:TaskTimeout'", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("  - Failed to convert configuration value 'maybe' at 'MusicBot:Logging:Json'", cli.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TelegramWebhookOnAPortTelegramDoesNotCall_FailsWithWhatToDoInsteadOfRetryingSetWebhook()
    {
        const string Token = "7000000001:AAEmulatorTokenForTestsOnly_x1y2z3w4";
        var cli = await BotProcess.RunCliAsync(_data.Path, new Dictionary<string, string>
        {
            ["MusicBot__Telegram__BotToken"] = Token,
            ["MusicBot__Telegram__Mode"] = "Webhook",
            ["MusicBot__Telegram__WebhookUrl"] = "http://bot.example:8080/telegram/hook",
            ["MusicBot__Telegram__WebhookSecret"] = "s3cr3t_Token-1",
        }, "check-config");

        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("The configuration has 1 problem(s):", cli.Stderr, StringComparison.Ordinal);
        Assert.Contains("  - MusicBot:Telegram:WebhookUrl must be https on port 443, 80, 88 or 8443, the only ones Telegram's servers call (it is http on port 8080)", cli.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, cli.Stderr + cli.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DataDirectoryIsAFile_ReportsItAsNotWritable()
    {
        var notADirectory = Path.Combine(_data.Path, "file");
        await File.WriteAllTextAsync(notADirectory, "");

        var cli = await BotProcess.RunCliAsync(_data.Path, new Dictionary<string, string> { ["MusicBot__DataDirectory"] = notADirectory }, "check-config");

        Assert.Equal(1, cli.ExitCode);
        Assert.Contains($"MusicBot:DataDirectory '{notADirectory}' is not writable", cli.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Postgres_NamesTheServerAndNeverThePassword()
    {
        var cli = await BotProcess.RunCliAsync(_data.Path, new Dictionary<string, string>
        {
            ["MusicBot__Database__Provider"] = "postgres",
            ["MusicBot__Database__ConnectionString"] = "Host=db.internal;Port=6432;Database=musicbot;Username=bot;Password=Hunter2-Secret",
        }, "check-config");

        Assert.True(cli.ExitCode == 0, cli.Stderr);
        Assert.Contains("(database: PostgreSQL musicbot on db.internal:6432 as bot)", cli.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Hunter2-Secret", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PostgresWithAUrlForAConnectionString_ExplainsWithoutRepeatingIt()
    {
        var cli = await BotProcess.RunCliAsync(_data.Path, new Dictionary<string, string>
        {
            ["MusicBot__Database__Provider"] = "postgres",
            ["MusicBot__Database__ConnectionString"] = "postgres://bot:Hunter2-Secret@db/musicbot",
        }, "check-config");

        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("  - MusicBot:Database:ConnectionString is not a PostgreSQL connection string", cli.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Hunter2-Secret", cli.Output, StringComparison.Ordinal);
    }
}
