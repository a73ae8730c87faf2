using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MusicBot.Core.Inbox;
using MusicBot.Telegram.Health;
using MusicBot.Telegram.Updates;

namespace MusicBot.Telegram;

/// <summary>
/// The webhook: Telegram POSTs one Update per request to the path of <see cref="TelegramOptions.WebhookUrl"/>.
/// A request without the right <c>X-Telegram-Bot-Api-Secret-Token</c> gets 401 (compared in constant time). A
/// readable update is stored in the update log and answered 200 at once; <see cref="TelegramWebhookService"/>
/// processes it from there. Telegram sends the next update only after an answer and sends an unanswered one again,
/// so handling it inside the request would let one slow update hold up all others and come back twice. A body that
/// cannot be read gets 400 and is recorded; a repeated update is a no-op (the log claims each id once).
/// </summary>
public static class TelegramWebhookEndpoints
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>An update is a few kilobytes; this bounds what a caller without the secret can make the bot buffer.</summary>
    private const int MaxBodyBytes = 1 << 20;

    /// <summary>Maps the webhook when Telegram is on in webhook mode; otherwise maps nothing.</summary>
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (options.IsEnabled && options.Mode == TelegramMode.Webhook && options.WebhookUrl is { } url)
        {
            Func<HttpContext, Task<IResult>> receive = ReceiveAsync;
            // The routing middleware applies the limit before the handler reads; Kestrel answers 413 past it.
            endpoints.MapPost(url.AbsolutePath, (Delegate)receive).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        }

        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (!SecretMatches(http.Request.Headers[SecretHeader].ToString(), options.WebhookSecret))
        {
            return Results.Unauthorized();
        }

        if (!services.GetRequiredService<BotIdentity>().IsKnown)
        {
            // Not connected yet (getMe pending): Telegram retries later.
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        using var body = new StreamReader(http.Request.Body);
        var payload = await body.ReadToEndAsync(http.RequestAborted);
        var read = UpdateReader.Read(payload);
        if (read.Update is not { } update)
        {
            // This body only: Telegram retries it a few times and gives up, and every other update goes on.
            await services.GetRequiredService<UpdateProcessor>().RejectAsync(read, http.RequestAborted);
            return Results.BadRequest();
        }

        await services.GetRequiredService<IUpdateLog>().EnqueueAsync(services.GetRequiredService<BotIdentity>().Source, update.Id, payload, http.RequestAborted);
        services.GetRequiredService<WebhookInbox>().Notify();
        services.GetRequiredService<TelegramConnectionState>().Succeeded();
        return Results.Ok();
    }

    private static bool SecretMatches(string presented, string? expected) =>
        expected is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
