using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MusicBot.Core.Callbacks;
using MusicBot.Infrastructure.Providers;
using MusicBot.Infrastructure.Providers.Callbacks;

namespace MusicBot.Endpoints;

/// <summary>
/// <c>POST /callbacks/{provider}/{secret}</c>: where providers report stages. A wrong secret, or a provider that is
/// not configured, gets 404 (nothing here to find). A callback is parsed, applied in one transaction and answered
/// at once (sunoapi gives up after 15 s); duplicates and late ones are answered 200 too, so nobody retries them.
/// </summary>
public static partial class ProviderCallbackEndpoints
{
    public const string Route = "/callbacks/{provider}/{secret}";

    private const int MaxBodyBytes = 1 << 20;

    /// <summary>The remote providers, and a log filter: the request line of a callback holds the secret.</summary>
    public static IServiceCollection AddProviderCallbacks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRemoteMusicProviders(configuration);
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning));
        return services;
    }

    public static IEndpointRouteBuilder MapProviderCallbacks(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, HandleAsync).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        return app;
    }

    private static async Task<IResult> HandleAsync(
        string provider,
        string secret,
        HttpContext http,
        CallbackSecret secrets,
        IEnumerable<IProviderCallbackReader> readers,
        ProviderCallbackHandler handler,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var reader = readers.FirstOrDefault(r => string.Equals(r.Provider, provider, StringComparison.OrdinalIgnoreCase));
        if (reader is null || !secrets.Matches(secret))
        {
            return Results.NotFound();
        }

        var logger = loggers.CreateLogger(typeof(ProviderCallbackEndpoints).FullName!);
        var body = await ReadBodyAsync(http, cancellationToken);

        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        if (!reader.IsAuthentic(headers, body))
        {
            LogForged(logger, reader.Provider);
            return Results.Unauthorized();
        }

        var reference = http.Request.Query[CallbackUrls.ReferenceParameter].ToString();
        var callback = await reader.ReadAsync(headers, body, reference.Length == 0 ? null : reference, cancellationToken);
        if (callback is null)
        {
            LogUnreadable(logger, reader.Provider, body.Length);
            return Results.Content(reader.Acknowledge(headers, body, null), "application/json", statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = await handler.HandleAsync(callback, cancellationToken);
        LogHandled(logger, reader.Provider, callback.Stage, outcome);
        return Results.Content(reader.Acknowledge(headers, body, callback), "application/json");
    }

    /// <summary>The exact bytes (MusicAPI signs them), at most 1 MiB (a larger body is answered 413 by the server).</summary>
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

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "A {Provider} callback failed its signature check; refused")]
    private static partial void LogForged(ILogger logger, string provider);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "A {Provider} callback of {Length} bytes could not be read; refused")]
    private static partial void LogUnreadable(ILogger logger, string provider, int length);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "{Provider} callback ({Stage}): {Outcome}")]
    private static partial void LogHandled(ILogger logger, string provider, string stage, CallbackOutcome outcome);
}
