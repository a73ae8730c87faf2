using System.Text.Json.Nodes;
using MusicBot.Emulators.Telegram.Server;

namespace MusicBot.Emulators.Telegram.Updates;

/// <summary>
/// Updates waiting for the bot, as the reference server keeps them (chat-protocols §B2.1): an update stays until a
/// getUpdates with a higher offset confirms it; a long poll is parked until an update arrives or its timeout ends
/// (capped at 50 s); a second poller ends the first with 409; a negative offset keeps only the last updates.
/// </summary>
public sealed class PendingUpdates(long firstId)
{
    private readonly Lock _gate = new();
    private readonly List<(long Id, string Kind, string Json)> _pending = [];
    private long _nextId = firstId;
    private TaskCompletionSource _arrived = NewSignal();
    private TaskCompletionSource<bool>? _currentPoll;

    public long? LastOffset { get; private set; }

    public IReadOnlyList<string>? AllowedUpdates { get; private set; }

    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>True while a long poll is parked, waiting for an update.</summary>
    public bool HasWaitingPoll
    {
        get
        {
            lock (_gate)
            {
                return _currentPoll is not null;
            }
        }
    }

    public Task Arrived
    {
        get
        {
            lock (_gate)
            {
                return _arrived.Task;
            }
        }
    }

    /// <summary>Queues an update of <paramref name="kind"/> (message, callback_query, …); the body gets the next id.</summary>
    public long Enqueue(string kind, JsonNode body)
    {
        lock (_gate)
        {
            var id = _nextId++;

            // The reference server writes {"update_id":N, then a newline, then the stored body (chat-protocols §B10).
            var json = $"{{\"update_id\":{id},\n\"{kind}\":{body.ToJsonString(EmulatorJson.Options)}}}";
            _pending.Add((id, kind, json));
            var arrived = _arrived;
            _arrived = NewSignal();
            arrived.TrySetResult();
            return id;
        }
    }

    public async Task<IReadOnlyList<string>> PollAsync(long? offset, int limit, int timeoutSeconds, IReadOnlyList<string>? allowed, CancellationToken aborted)
    {
        var mine = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            AllowedUpdates = allowed ?? AllowedUpdates;
            LastOffset = offset;
            Confirm(offset);
            _currentPoll?.TrySetResult(false);
            _currentPoll = mine;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Clamp(timeoutSeconds, 0, 50)));
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                var ready = Ready(Math.Clamp(limit, 1, 100));
                if (ready.Count > 0 || timeoutSeconds <= 0 || timeout.IsCancellationRequested)
                {
                    Release(mine);
                    return ready;
                }

                arrived = _arrived.Task;
            }

            var woke = await Task.WhenAny(arrived, mine.Task, Task.Delay(Timeout.Infinite, timeout.Token));
            if (woke == mine.Task)
            {
                throw new BotApiException(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
            }

            aborted.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The oldest waiting update, for webhook delivery.</summary>
    public (long Id, string Json)? Peek()
    {
        lock (_gate)
        {
            return _pending.Count == 0 ? null : (_pending[0].Id, _pending[0].Json);
        }
    }

    public void Remove(long id)
    {
        lock (_gate)
        {
            _pending.RemoveAll(u => u.Id == id);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    private void Confirm(long? offset)
    {
        if (offset is > 0 and var confirmed)
        {
            _pending.RemoveAll(u => u.Id < confirmed);
        }
        else if (offset is < 0 and var fromEnd && _pending.Count > -fromEnd)
        {
            _pending.RemoveRange(0, _pending.Count - (int)-fromEnd);
        }
    }

    /// <summary>Waiting updates the bot subscribed to; others are dropped, as the server never queues them.</summary>
    private List<string> Ready(int limit)
    {
        if (AllowedUpdates is { Count: > 0 } allowed)
        {
            _pending.RemoveAll(u => !allowed.Contains(u.Kind));
        }

        return [.. _pending.Take(limit).Select(u => u.Json)];
    }

    private void Release(TaskCompletionSource<bool> poll)
    {
        if (_currentPoll == poll)
        {
            _currentPoll = null;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
