using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MusicBot.Telegram.Api;

/// <summary>
/// Spaces outgoing messages so Telegram's flood control rarely fires (FAQ): one message per
/// <see cref="TelegramOptions.ChatMessageInterval"/> per chat, <see cref="TelegramOptions.GroupMessagesPerMinute"/>
/// per group, <see cref="TelegramOptions.GlobalMessagesPerSecond"/> overall. Each caller reserves the earliest slot
/// that keeps all three, then waits for it; a 429 that still comes is handled by the transport. Messages to one chat
/// go one at a time and the per-chat gap counts from when the previous one was answered: Telegram measures arrivals,
/// and a slow request (a new connection, an upload) would otherwise arrive too close to the next one.
/// </summary>
public sealed class FloodGate(IOptions<TelegramOptions> options, TimeProvider time)
{
    private static readonly TimeSpan GroupWindow = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan GlobalWindow = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<long, DateTimeOffset> _nextPerChat = [];
    private readonly PriorityQueue<long, DateTimeOffset> _chatExpiries = new();

    // Per group only its last GroupMessagesPerMinute slots matter, and a chat's slots only grow: a capped queue.
    private readonly Dictionary<long, Queue<DateTimeOffset>> _groupSlots = [];
    private readonly PriorityQueue<long, DateTimeOffset> _groupExpiries = new();

    // Global slots are booked out of order (a group's message can be booked a minute ahead), so they are kept sorted;
    // (ticks, sequence) keeps equal times apart.
    private readonly SortedSet<(long Ticks, long Seq)> _globalSlots = [];
    private long _sequence;

    // Booking only adds slots and pruning drops only slots that no window from now on contains, so a time once found
    // full stays full: each [key, value) found full is remembered, and a later search jumps over it (path-compressed).
    private readonly Dictionary<long, long> _fullUntil = [];
    private readonly PriorityQueue<long, long> _fullExpiries = new();
    private readonly ConcurrentDictionary<long, SemaphoreSlim> _chatTurns = new();

    /// <summary>Waits until a message to <paramref name="chatId"/> may go out; dispose the result once Telegram has answered.</summary>
    public async Task<IDisposable> EnterAsync(long chatId, CancellationToken cancellationToken)
    {
        var turn = _chatTurns.GetOrAdd(chatId, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken);
        try
        {
            var delay = Reserve(chatId);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellationToken);
            }

            return new Slot(this, chatId, turn);
        }
        catch
        {
            turn.Release();
            throw;
        }
    }

    /// <summary>Books the next free slot for the chat and returns how long from now until it.</summary>
    /// <remarks>O(log n) for n booked slots: no scan of the booked slots or of the chats.</remarks>
    public TimeSpan Reserve(long chatId)
    {
        var settings = options.Value;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            Prune(now);
            var slot = _nextPerChat.TryGetValue(chatId, out var next) && next > now ? next : now;
            var isGroup = chatId < 0;
            if (isGroup && _groupSlots.TryGetValue(chatId, out var group) && group.Count >= settings.GroupMessagesPerMinute)
            {
                slot = Later(slot, group.Peek() + GroupWindow);
            }

            slot = GlobalSlotFrom(slot, settings.GlobalMessagesPerSecond);
            SetNextPerChat(chatId, slot + settings.ChatMessageInterval);
            if (isGroup)
            {
                BookGroupSlot(chatId, slot, settings.GroupMessagesPerMinute);
            }

            _globalSlots.Add((slot.UtcTicks, _sequence++));
            return slot - now;
        }
    }

    /// <summary>
    /// The first time at or after <paramref name="slot"/> where a message leaves every one-second window holding at
    /// most <paramref name="limit"/> messages.
    /// </summary>
    private DateTimeOffset GlobalSlotFrom(DateTimeOffset slot, int limit)
    {
        var window = GlobalWindow.Ticks;
        var ticks = slot.UtcTicks;
        var visited = new List<long>();
        while (true)
        {
            if (_fullUntil.TryGetValue(ticks, out var jump))
            {
                visited.Add(ticks);
                ticks = jump;
                continue;
            }

            // Only slots less than a window away share a window with this time; at most 2 x limit of them.
            var near = _globalSlots.GetViewBetween((ticks - window + 1, long.MinValue), (ticks + window - 1, long.MaxValue));
            var until = FullUntil(near, ticks, limit, window);
            if (until is null)
            {
                break;
            }

            visited.Add(ticks);
            ticks = until.Value;
        }

        foreach (var full in visited)
        {
            if (_fullUntil.TryAdd(full, ticks))
            {
                _fullExpiries.Enqueue(full, full);
            }
            else
            {
                _fullUntil[full] = ticks;
            }
        }

        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    /// <summary>
    /// Null when a message at <paramref name="ticks"/> fits; else the end of the full stretch it is in: some
    /// <paramref name="limit"/> booked slots from the first at <c>e</c> share a window with it, and do so until <c>e</c> + 1 s.
    /// </summary>
    private static long? FullUntil(SortedSet<(long Ticks, long Seq)> near, long ticks, int limit, long window)
    {
        if (near.Count < limit)
        {
            return null;
        }

        var times = near.Select(s => s.Ticks).ToArray();
        long? until = null;
        for (var first = 0; first + limit - 1 < times.Length; first++)
        {
            var last = times[first + limit - 1];
            if (Math.Max(last, ticks) - Math.Min(times[first], ticks) < window)
            {
                until = times[first] + window;
            }
        }

        return until;
    }

    private void SetNextPerChat(long chatId, DateTimeOffset next)
    {
        _nextPerChat[chatId] = next;
        _chatExpiries.Enqueue(chatId, next);
    }

    private void BookGroupSlot(long chatId, DateTimeOffset slot, int limit)
    {
        if (!_groupSlots.TryGetValue(chatId, out var slots))
        {
            _groupSlots[chatId] = slots = new Queue<DateTimeOffset>();
        }

        slots.Enqueue(slot);
        while (slots.Count > Math.Max(limit, 1))
        {
            slots.Dequeue();
        }

        _groupExpiries.Enqueue(chatId, slot + GroupWindow);
    }

    /// <summary>Drops what can no longer hold a message back, oldest first; expiry queues may hold stale entries, checked here.</summary>
    private void Prune(DateTimeOffset now)
    {
        var globalFloor = (now - GlobalWindow).UtcTicks;
        while (_globalSlots.Count > 0 && _globalSlots.Min.Ticks <= globalFloor)
        {
            _globalSlots.Remove(_globalSlots.Min);
        }

        while (_fullExpiries.TryPeek(out var full, out var at) && at < now.UtcTicks)
        {
            _fullExpiries.Dequeue();
            _fullUntil.Remove(full);
        }

        while (_groupExpiries.TryPeek(out var group, out var at) && at <= now)
        {
            _groupExpiries.Dequeue();
            if (_groupSlots.TryGetValue(group, out var slots) && slots.Count > 0 && slots.Last() + GroupWindow <= now)
            {
                _groupSlots.Remove(group);
            }
        }

        while (_chatExpiries.TryPeek(out var chat, out var at) && at <= now)
        {
            _chatExpiries.Dequeue();
            if (_nextPerChat.TryGetValue(chat, out var next) && next <= now)
            {
                _nextPerChat.Remove(chat);
            }
        }
    }

    private void Complete(long chatId)
    {
        lock (_gate)
        {
            var next = time.GetUtcNow() + options.Value.ChatMessageInterval;
            SetNextPerChat(chatId, _nextPerChat.TryGetValue(chatId, out var booked) ? Later(booked, next) : next);
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class Slot(FloodGate gate, long chatId, SemaphoreSlim turn) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Complete(chatId);
                turn.Release();
            }
        }
    }
}
