using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using MusicBot.Emulators.Music.Common;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Providers;

/// <summary>
/// The real musicbot binary's terminal chat pointed at an emulator the way a person would do it (environment
/// variables only): <c>/generate</c> brings the tracks back.
/// </summary>
public sealed partial class ConsoleChatProviderTests : IDisposable
{
    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData("sunoapi", 2)]
    [InlineData("musicapi", 2)]
    [InlineData("topview", 1)]
    public async Task Generate_DefaultProviderAtAnEmulator_PrintsTheTracks(string provider, int tracks)
    {
        await using var emulator = await StartAsync(provider);
        var settings = Settings(provider, emulator);
        settings[$"MusicBot__Providers__{Section(provider)}__PollInterval"] = "00:00:00.100";

        await using var bot = BotProcess.Start(_data.Path, settings);
        await bot.SendAsync("/style chill lo-fi piano with rain\n/generate\n");
        bot.CloseInput();

        Assert.Equal(0, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(tracks, TrackLine().Count(bot.Stdout));
        Assert.Contains(emulator.BaseUrl.AbsoluteUri + "files/", bot.Stdout, StringComparison.Ordinal);
        Assert.Equal("succeeded", await DatabaseFile.ScalarAsync<string>(_data.Path, "SELECT state FROM tasks"));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_data.Path));
    }

    [Fact]
    public async Task Generate_WithCallbacksToTheBotsOwnPort_CompletesAndNeverLogsTheSecret()
    {
        await using var emulator = await StartAsync("sunoapi");
        var address = $"http://127.0.0.1:{FreePort()}";
        var settings = Settings("sunoapi", emulator);
        settings["MusicBot__Providers__SunoApi__PollInterval"] = "00:05:00";
        settings["MusicBot__Http__Urls"] = address;
        settings["MusicBot__PublicBaseUrl"] = address;

        await using var bot = BotProcess.Start(_data.Path, settings);
        await bot.SendAsync("/style chill lo-fi piano with rain\n/generate\n");
        bot.CloseInput();

        Assert.Equal(0, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(2, TrackLine().Count(bot.Stdout));
        Assert.Contains("lyrics and arrangement written", bot.Stdout, StringComparison.Ordinal);
        var secret = await File.ReadAllTextAsync(Path.Combine(_data.Path, CallbackSecret.FileName));
        Assert.All(emulator.Callbacks.Deliveries, d => Assert.True(d.IsAccepted));
        Assert.DoesNotContain(secret, bot.Written, StringComparison.Ordinal);
        Assert.DoesNotContain(emulator.ApiKey, bot.Written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_AfterAKillWhileTheSubmitWasUnanswered_RefundsAndNeverSendsItAgain()
    {
        await using var emulator = await StartAsync("sunoapi");
        emulator.Faults.Add("generate", new Fault.AcceptThenStall(TimeSpan.FromSeconds(30)));
        var settings = Settings("sunoapi", emulator);
        await using (var first = BotProcess.Start(_data.Path, settings))
        {
            await first.SendAsync("/style chill lo-fi piano with rain\n/generate\n");
            await PipelineHost.WaitUntilAsync(() => Task.FromResult(emulator.RequestsTo("/api/v1/generate").Any()), TimeSpan.FromSeconds(30));
            first.Kill();
        }

        await using var restarted = BotProcess.Start(_data.Path, settings);
        restarted.CloseInput();

        Assert.Equal(0, await restarted.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("did not answer the request in time", restarted.Stdout, StringComparison.Ordinal);
        Assert.Single(emulator.RequestsTo("/api/v1/generate"));
        Assert.Equal(10, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT balance FROM credit_accounts"));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_data.Path));
    }

    private static async Task<EmulatorServer> StartAsync(string provider) => provider switch
    {
        "sunoapi" => await TestEmulators.SunoApiAsync(),
        "musicapi" => await TestEmulators.MusicApiAsync(),
        _ => await TestEmulators.TopviewAsync(),
    };

    private static Dictionary<string, string> Settings(string provider, EmulatorServer emulator)
    {
        var section = Section(provider);
        var settings = new Dictionary<string, string>
        {
            ["MusicBot__DefaultProvider"] = provider,
            [$"MusicBot__Providers__{section}__BaseUrl"] = emulator.BaseUrl.AbsoluteUri,
            [$"MusicBot__Providers__{section}__ApiKey"] = emulator.ApiKey,
            ["MusicBot__Generation__WorkerInterval"] = "00:00:00.050",
        };
        if (emulator is MusicBot.Emulators.Music.Topview.TopviewEmulator topview)
        {
            settings["MusicBot__Providers__Topview__Uid"] = topview.Uid;
        }

        return settings;
    }

    private static string Section(string provider) => provider switch { "sunoapi" => "SunoApi", "musicapi" => "MusicApi", _ => "Topview" };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Song #\d+ track \d+: .+ · 0:0\d")]
    private static partial Regex TrackLine();
}
