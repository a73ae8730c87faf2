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
    private readonly Dictionary<long, Queue<DateTimeOffset>> _groupSlots = [];
    private readonly List<DateTimeOffset> _globalSlots = [];
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
                var oldestInWindow = group.ElementAt(group.Count - settings.GroupMessagesPerMinute);
                slot = Later(slot, oldestInWindow + GroupWindow);
            }

            slot = GlobalSlotFrom(slot, settings.GlobalMessagesPerSecond);
            _nextPerChat[chatId] = slot + settings.ChatMessageInterval;
            if (isGroup)
            {
                if (!_groupSlots.TryGetValue(chatId, out var slots))
                {
                    _groupSlots[chatId] = slots = new Queue<DateTimeOffset>();
                }

                slots.Enqueue(slot);
            }

            var index = _globalSlots.BinarySearch(slot);
            _globalSlots.Insert(index < 0 ? ~index : index, slot);
            return slot - now;
        }
    }

    /// <summary>The first time at or after <paramref name="slot"/> with fewer than <paramref name="limit"/> messages in the second before it.</summary>
    private DateTimeOffset GlobalSlotFrom(DateTimeOffset slot, int limit)
    {
        while (true)
        {
            var inWindow = _globalSlots.Where(s => s > slot - GlobalWindow && s <= slot).ToList();
            if (inWindow.Count < limit)
            {
                return slot;
            }

            slot = inWindow[inWindow.Count - limit] + GlobalWindow;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        _globalSlots.RemoveAll(s => s <= now - GlobalWindow);
        foreach (var (chat, slots) in _groupSlots.ToList())
        {
            while (slots.Count > 0 && slots.Peek() <= now - GroupWindow)
            {
                slots.Dequeue();
            }

            if (slots.Count == 0)
            {
                _groupSlots.Remove(chat);
            }
        }

        foreach (var (chat, next) in _nextPerChat.ToList())
        {
            if (next <= now)
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
            _nextPerChat[chatId] = _nextPerChat.TryGetValue(chatId, out var booked) ? Later(booked, next) : next;
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
