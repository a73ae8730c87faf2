using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Work;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Rest;

namespace MusicBot.Discord.Http;

/// <summary>
/// Without the gateway no READY names the application, so <c>GET /applications/@me</c> does, and then the commands
/// are registered as after READY. With a public key it also checks that the key is this application's
/// (<c>verify_key</c>): with another one every request from Discord would be refused. A rejected token or a wrong key
/// stops the bot with exit code 1 and a message saying what to fix; network trouble is retried.
/// </summary>
public sealed partial class ApplicationLookupService(
    DiscordApi api,
    CommandRegistrar registrar,
    DiscordApplication application,
    IOptions<DiscordOptions> options,
    FatalStop fatalStop,
    TimeProvider time,
    ILogger<ApplicationLookupService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 0; !stoppingToken.IsCancellationRequested; attempt++)
        {
            var (result, found) = await api.GetCurrentApplicationAsync(stoppingToken);
            if (found is not null)
            {
                Found(found);
                return;
            }

            if (result.StatusCode is 401 or 403)
            {
                Fatal($"GET /applications/@me answered {result.StatusCode}: Discord rejected the bot token. Set MusicBot:Discord:BotToken to the token from the Developer Portal");
                return;
            }

            LogRetrying(result.Describe());
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, attempt))), time, stoppingToken);
        }
    }

    private void Found(Json.CurrentApplication found)
    {
        var key = options.Value.PublicKey?.Trim();
        if (!string.IsNullOrEmpty(key) && !string.Equals(key, found.VerifyKey, StringComparison.OrdinalIgnoreCase))
        {
            Fatal($"MusicBot:Discord:PublicKey is not the public key of application {found.Id} (Discord's begins with {found.VerifyKey?[..Math.Min(8, found.VerifyKey.Length)]}…), so every request from Discord would be refused. Copy it from the Developer Portal, General Information → Public Key");
            return;
        }

        application.Found(found.Id);
        LogFound(found.Id, options.Value.GatewayEnabled ? "on" : "off");
        registrar.OnReady(found.Id);
    }

    private void Fatal(string reason)
    {
        LogFatal(reason);
        fatalStop.Stop();
    }

    [LoggerMessage(EventId = 5331, Level = LogLevel.Information, Message = "Discord application {ApplicationId}: interactions over HTTP (gateway {Gateway})")]
    private partial void LogFound(string applicationId, string gateway);

    [LoggerMessage(EventId = 5332, Level = LogLevel.Warning, Message = "GET /applications/@me failed ({Result}); trying again")]
    private partial void LogRetrying(string result);

    [LoggerMessage(EventId = 5333, Level = LogLevel.Critical, Message = "Discord refused the bot and will keep refusing it, so MusicBot is stopping: {Reason}")]
    private partial void LogFatal(string reason);
}
