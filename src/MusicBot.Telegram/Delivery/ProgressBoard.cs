using System.Collections.Concurrent;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Delivery;

/// <summary>
/// Serialises the edits of each progress message and remembers how far it got, so that the "queued" text (written
/// by the chat handler) can never overwrite "lyrics written" (written by the delivery worker) when the two race.
/// Only this process's edits race, so memory is enough; a message is forgotten once it shows a final state.
/// </summary>
public sealed class ProgressBoard
{
    private readonly ConcurrentDictionary<(long Chat, int Message), Entry> _messages = new();

    /// <summary>Runs <paramref name="edit"/> unless the message already shows a later state; false when skipped.</summary>
    public async Task<bool> EditAsync(long chatId, int messageId, int rank, Func<CancellationToken, Task> edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var key = (chatId, messageId);
        var entry = _messages.GetOrAdd(key, _ => new Entry());
        await entry.Lock.WaitAsync(cancellationToken);
        try
        {
            if (rank < entry.Rank)
            {
                return false;
            }

            await edit(cancellationToken);
            entry.Rank = rank;
            return true;
        }
        finally
        {
            entry.Lock.Release();
            if (rank >= ProgressRank.Final)
            {
                _messages.TryRemove(key, out _);
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public int Rank { get; set; } = -1;
    }
}
