using System.Collections.Concurrent;

namespace MusicBot.Emulators.Music.Common;

/// <summary>Faults waiting for the next calls of an endpoint (by name, e.g. <c>generate</c>), taken in order.</summary>
public sealed class FaultPlan
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Fault>> _queues = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string endpoint, Fault fault, int times = 1)
    {
        var queue = _queues.GetOrAdd(endpoint, _ => new ConcurrentQueue<Fault>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(fault);
        }
    }

    public bool TryTake(string endpoint, out Fault? fault)
    {
        fault = null;
        return _queues.TryGetValue(endpoint, out var queue) && queue.TryDequeue(out fault);
    }

    public int Pending(string endpoint) => _queues.TryGetValue(endpoint, out var queue) ? queue.Count : 0;
}
