using MusicBot.Emulators.Telegram.Model;
using MusicBot.Emulators.Telegram.Server;

namespace MusicBot.Emulators.Telegram;

/// <summary>Reading back what the bot did, waiting for it, and injecting faults.</summary>
public sealed partial class TelegramEmulator
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (World.Gate)
            {
                return [.. World.Calls];
            }
        }
    }

    public IReadOnlyList<RecordedCall> CallsTo(string method) =>
        [.. Calls.Where(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase))];

    public IReadOnlyList<BotMessage> MessagesIn(long chatId)
    {
        lock (World.Gate)
        {
            return [.. World.BotMessages.Where(m => m.ChatId == chatId)];
        }
    }

    public bool IsAnswered(string callbackQueryId)
    {
        lock (World.Gate)
        {
            return World.CallbackQueries.GetValueOrDefault(callbackQueryId);
        }
    }

    /// <summary>The first bot message in the chat that satisfies <paramref name="predicate"/>, waiting for it if need be.</summary>
    public async Task<BotMessage> WaitForMessageAsync(long chatId, Func<BotMessage, bool> predicate, TimeSpan? timeout = null)
    {
        BotMessage? found = null;
        await WaitUntilAsync(() => (found = MessagesIn(chatId).FirstOrDefault(predicate)) is not null, timeout, $"a bot message in chat {chatId}");
        return found!;
    }

    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null, string what = "the condition")
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (timeout ?? DefaultWait);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited in vain for {what}. Bot messages so far:\n{Transcript()}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Everything the bot sent, one line per message, for failure messages and people.</summary>
    public string Transcript()
    {
        lock (World.Gate)
        {
            return string.Join('\n', World.BotMessages.Select(m =>
                $"[{m.ChatId}#{m.MessageId}] {(m.Audio is { } a ? $"🎵 {a.Title} " : m.Document is { } d ? $"📎 {d.FileName} " : "")}{m.Text.ReplaceLineEndings(" ⏎ ")}"));
        }
    }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> fail with this error.</summary>
    public void FailNext(string method, int code, string description, int times = 1, int? retryAfter = null) =>
        Inject(method, new BotApiException(code, description, retryAfter), times);

    /// <summary>The next calls of <paramref name="method"/> lose their connection (a network error on the client).</summary>
    public void DropNext(string method, int times = 1) => Inject(method, new BotApiException(0, "dropped"), times);

    public void SetFlood(FloodLimits limits) => Flood.Limits = limits;

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> are answered only after <paramref name="delay"/> (a slow server).</summary>
    public void DelayNext(string method, TimeSpan delay, int times = 1)
    {
        lock (World.Gate)
        {
            if (!World.Delays.TryGetValue(method, out var delays))
            {
                World.Delays[method] = delays = new Queue<TimeSpan>();
            }

            for (var i = 0; i < times; i++)
            {
                delays.Enqueue(delay);
            }
        }
    }

    private void Inject(string method, BotApiException fault, int times)
    {
        lock (World.Gate)
        {
            if (!World.Faults.TryGetValue(method, out var faults))
            {
                World.Faults[method] = faults = new Queue<BotApiException>();
            }

            for (var i = 0; i < times; i++)
            {
                faults.Enqueue(fault);
            }
        }
    }
}
