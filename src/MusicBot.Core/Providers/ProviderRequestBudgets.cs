namespace MusicBot.Core.Providers;

/// <summary>
/// Sliding-window request budgets per provider, shared by every task and every worker pass (a singleton), so a
/// provider sees at most its budget however many tasks are in flight.
/// </summary>
public sealed class ProviderRequestBudgets(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _spent = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes one request from the provider's budget; false when the window is full (try again later).</summary>
    public bool TryAcquire(string provider, RequestBudget? budget)
    {
        if (budget is null)
        {
            return true;
        }

        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (!_spent.TryGetValue(provider, out var log))
            {
                _spent[provider] = log = new Queue<DateTimeOffset>();
            }

            while (log.Count > 0 && now - log.Peek() >= budget.Window)
            {
                log.Dequeue();
            }

            if (log.Count >= budget.Requests)
            {
                return false;
            }

            log.Enqueue(now);
            return true;
        }
    }
}
