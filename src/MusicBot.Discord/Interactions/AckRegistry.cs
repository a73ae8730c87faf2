using System.Collections.Concurrent;

namespace MusicBot.Discord.Interactions;

/// <summary>
/// Interactions whose first answer is still on its way. A generation can move faster than its own "queued" reply
/// (the worker picks the task up at once), so the delivery channel waits until the interaction's response exists
/// before editing it; otherwise the edit would fail, or be overwritten by the late "queued" text.
/// </summary>
public sealed class AckRegistry
{
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);

    public void Begin(string interactionId) => _pending.TryAdd(interactionId, 0);

    public void Complete(string interactionId) => _pending.TryRemove(interactionId, out _);

    public bool IsPending(string interactionId) => _pending.ContainsKey(interactionId);
}
