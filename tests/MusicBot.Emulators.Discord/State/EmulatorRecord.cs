using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Discord.State;

/// <summary>Everything that happened, for assertions: REST calls, rate-limit hits, rule violations, gateway events.</summary>
public sealed class EmulatorRecord
{
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ConcurrentQueue<RecordedRateLimit> RateLimited { get; } = new();

    /// <summary>Breaches of the project's own rules that Discord itself would accept (e.g. a message without <c>allowed_mentions</c>).</summary>
    public ConcurrentQueue<string> Violations { get; } = new();

    public ConcurrentQueue<GatewayEvent> Gateway { get; } = new();

    public ConcurrentQueue<JsonArray> CommandRegistrations { get; } = new();

    /// <summary>Ids of the interactions POSTed to the Interactions Endpoint URL instead of the gateway.</summary>
    public ConcurrentQueue<string> HttpInteractions { get; } = new();

    public IReadOnlyList<GatewayEvent> GatewayOf(string kind) => [.. Gateway.Where(e => e.Kind == kind)];
}

public sealed record RecordedRequest(string Method, string Route, int Status, int? Code, DateTimeOffset At);

public sealed record RecordedRateLimit(string Route, bool IsGlobal, bool IsInjected, double RetryAfter);

/// <summary>
/// A gateway event: <c>connect</c> (Detail = path), <c>identify</c>, <c>resume</c>, <c>heartbeat</c>, <c>ready</c>,
/// <c>resumed</c>, <c>dispatch</c>, <c>client-close</c> (Code), <c>client-abort</c>, <c>server-close</c> (Code),
/// <c>server-drop</c>, <c>invalid-session</c>, <c>reconnect</c>, <c>heartbeat-request</c>, <c>connect-refused</c> (the resume URL is down).
/// </summary>
public sealed record GatewayEvent(string Kind, string? Detail = null, int? Code = null);
