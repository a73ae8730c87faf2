using System.Net;
using System.Net.Sockets;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests;

/// <summary>Start-up failures an operator fixes get one sentence saying what to do, exit code 1 and no crash.</summary>
public sealed class StartupFailuresTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Explain_PortAlreadyInUse_NamesTheAddressAndTheSetting()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)squatter.LocalEndpoint).Port}";

        await using var bot = BotProcess.Start(_data.Path, new Dictionary<string, string> { ["MusicBot__Http__Urls"] = url });

        Assert.Equal(1, await bot.WaitForExitAsync(Timeout));
        Assert.Contains($"MusicBot cannot start: Failed to bind to address {url}: address already in use.", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("change MusicBot:Http:Urls", bot.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", bot.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_DataDirectoryIsAFile_PointsAtTheSetting()
    {
        var file = Path.Combine(_data.Path, "not-a-directory");
        await File.WriteAllTextAsync(file, "");

        await using var bot = BotProcess.Start(_data.Path, new Dictionary<string, string> { ["MusicBot__DataDirectory"] = file });
        bot.CloseInput();

        Assert.Equal(1, await bot.WaitForExitAsync(Timeout));
        Assert.Contains("MusicBot cannot start: ", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("Check MusicBot:DataDirectory: it must be a directory the bot's user can write", bot.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", bot.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_PostgresServerNotListening_NamesTheServerAndTheSettingButNotThePassword()
    {
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        await using var bot = BotProcess.Start(_data.Path, new Dictionary<string, string>
        {
            ["MusicBot__Database__Provider"] = "postgres",
            ["MusicBot__Database__ConnectionString"] = $"Host=127.0.0.1;Port={port};Database=musicbot;Username=bot;Password=Hunter2-Secret;Timeout=5",
        });
        bot.CloseInput();

        Assert.Equal(1, await bot.WaitForExitAsync(Timeout));
        Assert.Contains($"MusicBot cannot start: the PostgreSQL database (PostgreSQL musicbot on 127.0.0.1:{port} as bot) cannot be used: Failed to connect to 127.0.0.1:{port}", bot.Stderr, StringComparison.Ordinal);
        Assert.Contains("Check MusicBot:Database:ConnectionString", bot.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Hunter2-Secret", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", bot.Stderr, StringComparison.Ordinal);
    }
}
