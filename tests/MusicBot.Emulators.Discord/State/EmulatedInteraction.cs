using System.Diagnostics;
using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Discord.State;

/// <summary>
/// One interaction the emulator created: its payload, when it went out on the gateway (the 3-second clock), when its
/// token was created (the 15-minute clock), and what the bot answered.
/// </summary>
public sealed class EmulatedInteraction(string id, string token, int type, EmulatedUser user, JsonObject payload, DateTimeOffset createdAt)
{
    private readonly TaskCompletionSource _acknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _dispatchedAt;

    public string Id => id;

    public string Token => token;

    public int Type => type;

    public EmulatedUser User => user;

    public JsonObject Payload => payload;

    public DateTimeOffset CreatedAt => createdAt;

    public string? SourceMessageId => payload["message"]?["id"]?.GetValue<string>();

    public long AttachmentSizeLimit => payload["attachment_size_limit"]?.GetValue<long>() ?? 10 * 1024 * 1024;

    public bool IsDispatched => Interlocked.Read(ref _dispatchedAt) != 0;

    public bool IsAcknowledged => _acknowledged.Task.IsCompleted;

    /// <summary>The callback type the bot answered with (4, 5, 6, 7, 9).</summary>
    public int? ResponseType { get; private set; }

    /// <summary>From dispatch to the accepted callback.</summary>
    public TimeSpan? AckLatency { get; private set; }

    /// <summary>Set when a callback came after the deadline (and got 10062).</summary>
    public TimeSpan? LateBy { get; set; }

    /// <summary>Over HTTP: why the interaction failed (no answer, a refused answer); Discord shows the user it failed.</summary>
    public string? HttpFailure { get; set; }

    public string? OriginalMessageId { get; set; }

    public JsonObject? Modal { get; private set; }

    public Task Acknowledged => _acknowledged.Task;

    public void MarkDispatched() => Interlocked.CompareExchange(ref _dispatchedAt, Stopwatch.GetTimestamp(), 0);

    public TimeSpan SinceDispatch => IsDispatched ? Stopwatch.GetElapsedTime(Interlocked.Read(ref _dispatchedAt)) : TimeSpan.Zero;

    public void Acknowledge(int responseType, JsonObject? modal)
    {
        ResponseType = responseType;
        Modal = modal;
        AckLatency = SinceDispatch;
        _acknowledged.TrySetResult();
    }
}
