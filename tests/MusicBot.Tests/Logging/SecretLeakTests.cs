using System.Text.Json;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Logging;

/// <summary>
/// Tokens and API keys never reach a log line, an error message, an HTTP answer or a metric label. The real binary
/// runs with recognisable fake secrets for every platform and provider, Debug logging, and work to do; then every
/// byte it wrote (stdout, stderr and the log file) is searched for each secret and for a fragment of it.
/// </summary>
public sealed class SecretLeakTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, string> Secrets = new()
    {
        ["MusicBot__Telegram__BotToken"] = "7000000001:AAtelegramSECRETtoken0000000000000aa",
        ["MusicBot__Telegram__WebhookSecret"] = "tg-webhook-SECRET-1111111111",
        ["MusicBot__Discord__BotToken"] = "MTAwMDAwMDAwMDAwMDAwMDAw.Gdiscord.SECRETdiscordTOKEN22222222",
        ["MusicBot__Providers__SunoApi__ApiKey"] = "sunoapi-SECRET-key-3333333333333333",
        ["MusicBot__Providers__MusicApi__ApiKey"] = "musicapi-SECRET-key-4444444444444444",
        ["MusicBot__Providers__Topview__ApiKey"] = "topview-SECRET-key-5555555555555555",
        ["MusicBot__Providers__Topview__Uid"] = "topview-SECRET-uid-6666666666666666",
    };

    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Bot_WithEverySecretSetAndDebugLogs_NeverWritesAnyOfThem()
    {
        var settings = new Dictionary<string, string>(Secrets)
        {
            // Until the platform adapters are built in, a token turns the terminal chat off; keep it on to do work.
            ["MusicBot__Terminal__Enabled"] = "true",
            ["Logging__LogLevel__Default"] = "Debug",
            ["MusicBot__Logging__Json"] = "true",
            ["MusicBot__Providers__Local__StageDelay"] = "00:00:00.100",
            // Adapters that land later must not reach the internet from a test: a closed local port fails fast.
            ["MusicBot__Telegram__ApiBaseUrl"] = "http://127.0.0.1:9/",
            ["MusicBot__Discord__ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
        };
        var seen = new List<string>();
        await using (var bot = BotProcess.Start(_data.Path, settings))
        {
            var baseUrl = await bot.WaitForListeningAsync(Timeout);
            await bot.SendAsync("/style lo-fi\n/generate\n/credits\n/quota show\n/nonsense\n");
            await bot.WaitForOutputAsync("done: 2 tracks", Timeout);
            using var http = new HttpClient();
            foreach (var path in new[] { "healthz", "readyz", "metrics", "no-such-page" })
            {
                using var response = await http.GetAsync(new Uri(baseUrl, path));
                seen.Add(await response.Content.ReadAsStringAsync());
            }

            bot.CloseInput();
            await bot.WaitForExitAsync(Timeout);
            seen.Add(bot.Written);
            // The terminal chat keeps Information in the log file: the banner is there, and it must be searched too.
            Assert.Contains("\"EventId\":1,", bot.Log, StringComparison.Ordinal);
            // Proof the secrets were read: the banner says the platforms are on.
            Assert.Contains("Platforms: discord on, telegram on, terminal on", bot.Log, StringComparison.Ordinal);
        }

        // Error paths: a configuration the bot refuses, and the admin CLI's own output.
        var refused = BotProcess.Start(_data.Path, new Dictionary<string, string>(settings) { ["MusicBot__DefaultProvider"] = "nope", ["MusicBot__Telemetry__OtlpEndpoint"] = "not a url" });
        await using (refused)
        {
            refused.CloseInput();
            Assert.Equal(1, await refused.WaitForExitAsync(Timeout));
            seen.Add(refused.Written);
        }

        foreach (var command in new[] { new[] { "check-config" }, ["tasks", "list"], ["quota", "list"], ["health", "--url", "http://127.0.0.1:9/"] })
        {
            var cli = await BotProcess.RunCliAsync(_data.Path, settings, command);
            seen.Add(cli.Written);
        }

        var everything = string.Join("\n", seen);
        Assert.True(everything.Length > 1000, "the run should have produced plenty of output to search");
        foreach (var (key, secret) in Secrets)
        {
            Assert.False(everything.Contains(secret, StringComparison.Ordinal), $"{key} leaked");
            Assert.False(everything.Contains(secret[^12..], StringComparison.Ordinal), $"the end of {key} leaked");
            Assert.False(everything.Contains(JsonEncodedText.Encode(secret).ToString(), StringComparison.Ordinal), $"{key} leaked JSON-escaped");
        }
    }
}
