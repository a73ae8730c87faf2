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
    private int _claimed;
    private int _callbacks;

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

    /// <summary>Every <c>POST …/callback</c> that named this interaction, accepted or refused: a burst test counts them.</summary>
    public int CallbackCount => Volatile.Read(ref _callbacks);

    /// <summary>When the dispatch went out (a <see cref="Stopwatch"/> timestamp), 0 while it has not.</summary>
    public long DispatchedAt => Interlocked.Read(ref _dispatchedAt);

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

    /// <summary>
    /// Starts the 3-second clock. Called before the frame (or the HTTP POST) leaves, so an answer can never arrive
    /// before the moment it is measured from.
    /// </summary>
    public void MarkDispatched() => Interlocked.CompareExchange(ref _dispatchedAt, Stopwatch.GetTimestamp(), 0);

    public void CountCallback() => Interlocked.Increment(ref _callbacks);

    /// <summary>
    /// Takes the one first answer an interaction allows. Two callbacks racing each other must not both be applied: the
    /// loser gets 40060 even while the winner is still being checked.
    /// </summary>
    public bool TryClaim() => Interlocked.CompareExchange(ref _claimed, 1, 0) == 0;

    /// <summary>The claimed answer was refused (a bad form): the interaction may still be answered.</summary>
    public void ReleaseClaim() => Volatile.Write(ref _claimed, 0);

    public TimeSpan SinceDispatch => IsDispatched ? Stopwatch.GetElapsedTime(Interlocked.Read(ref _dispatchedAt)) : TimeSpan.Zero;

    public void Acknowledge(int responseType, JsonObject? modal)
    {
        ResponseType = responseType;
        Modal = modal;
        AckLatency = SinceDispatch;
        _acknowledged.TrySetResult();
    }
}
