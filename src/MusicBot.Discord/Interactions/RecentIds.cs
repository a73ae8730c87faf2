namespace MusicBot.Discord.Interactions;

/// <summary>
/// The last few thousand interaction ids, so an event Discord sends twice (it may; reference A1 "Consistency") is
/// handled once.
/// </summary>
internal sealed class RecentIds(int capacity)
{
    private readonly object _lock = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>True when the id is new.</summary>
    public bool Add(string id)
    {
        lock (_lock)
        {
            if (!_ids.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > capacity)
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }

    public bool Contains(string id)
    {
        lock (_lock)
        {
            return _ids.Contains(id);
        }
    }
}
