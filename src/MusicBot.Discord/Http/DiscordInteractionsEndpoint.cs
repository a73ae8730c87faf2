using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Json;
using MusicBot.Discord.Rest;

namespace MusicBot.Discord.Http;

/// <summary>
/// <c>POST /discord/interactions</c>, the Interactions Endpoint URL (reference A8). Every request is verified first
/// (a bad or stale signature gets 401, as Discord's own checks expect); PING is answered with PONG; any other
/// interaction goes through the same dispatch as the gateway's, and its first answer (the message, or a deferral
/// once the ack budget is spent) is the answer to this request. What follows goes over REST and depends on nothing
/// this instance keeps, so any instance behind the address can take any interaction.
/// </summary>
public static partial class DiscordInteractionsEndpoint
{
    public const string Route = "/discord/interactions";

    /// <summary>Interactions are a few kilobytes; this is generous and still bounds what an unsigned caller can send.</summary>
    private const int MaxBodyBytes = 1 << 20;

    /// <summary>Discord's deadline for the first answer; the responder answers well within it (ack budget ≤ 2.5 s).</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    private static readonly byte[] Pong = """{"type":1}"""u8.ToArray();

    /// <summary>Maps the endpoint when Discord is on with a public key; otherwise maps nothing.</summary>
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<DiscordOptions>>().Value.IsHttpInteractionsEnabled)
        {
            endpoints.MapPost(Route, ReceiveAsync).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        }

        return endpoints;
    }

    private static async Task ReceiveAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var time = services.GetRequiredService<TimeProvider>();
        var receivedAt = time.GetTimestamp();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DiscordInteractionsEndpoint).FullName!);
        var body = await ReadBodyAsync(http, http.RequestAborted);

        var check = services.GetRequiredService<InteractionSignature>().Check(
            http.Request.Headers[InteractionSignature.SignatureHeader], http.Request.Headers[InteractionSignature.TimestampHeader], body, time.GetUtcNow());
        if (check != SignatureCheck.Valid)
        {
            LogRefused(logger, check);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await http.Response.WriteAsync(check == SignatureCheck.Stale ? "stale request timestamp" : "invalid request signature", http.RequestAborted);
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction is null)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (interaction.Type == InteractionTypes.Ping)
        {
            await WriteJsonAsync(http, Pong);
            return;
        }

        var first = new HttpFirstAnswer(services.GetRequiredService<DiscordApi>());
        if (!services.GetRequiredService<InteractionDispatcher>().Dispatch(interaction, receivedAt, first))
        {
            // The same interaction twice: the first request answers it.
            http.Response.StatusCode = StatusCodes.Status409Conflict;
            return;
        }

        await AnswerAsync(http, first, Deadline - time.GetElapsedTime(receivedAt), time, logger, interaction.Id);
    }

    private static async Task AnswerAsync(HttpContext http, HttpFirstAnswer first, TimeSpan remaining, TimeProvider time, ILogger logger, string interactionId)
    {
        HttpAnswer? answer;
        try
        {
            answer = await first.Answer.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, time, http.RequestAborted);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            answer = null;
        }

        if (answer is null)
        {
            first.Written(false);
            LogUnanswered(logger, interactionId);
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        try
        {
            if (answer.Json is { } json)
            {
                await WriteJsonAsync(http, json);
            }
            else
            {
                http.Response.StatusCode = answer.Status;
                await http.Response.CompleteAsync();
            }

            first.Written(true);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            first.Written(false);
            throw;
        }
    }

    /// <summary>Discord requires a JSON content type on the answer; it is sent in full before any follow-up is made.</summary>
    private static async Task WriteJsonAsync(HttpContext http, byte[] json)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json";
        http.Response.ContentLength = json.Length;
        await http.Response.Body.WriteAsync(json, http.RequestAborted);
        await http.Response.CompleteAsync();
    }

    /// <summary>The exact bytes (the signature covers them), at most <see cref="MaxBodyBytes"/> (a larger body is answered 413 by the server).</summary>
    /// <remarks>
    /// The endpoint's <see cref="RequestSizeLimitAttribute"/> has the routing middleware set the server's per-request
    /// limit before the handler runs; Kestrel then stops a declared length over it and a chunked body that grows past it
    /// alike, so no counting loop of our own.
    /// </remarks>
    private static async Task<byte[]> ReadBodyAsync(HttpContext http, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    [LoggerMessage(EventId = 5321, Level = LogLevel.Information, Message = "Refused a request to the Discord interactions endpoint: the signature check says {Check}")]
    private static partial void LogRefused(ILogger logger, SignatureCheck check);

    [LoggerMessage(EventId = 5322, Level = LogLevel.Warning, Message = "Interaction {InteractionId} over HTTP got no first answer in time; Discord will show that it failed")]
    private static partial void LogUnanswered(ILogger logger, string interactionId);
}
