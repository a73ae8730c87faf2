namespace MusicBot.Emulators.Telegram.Server;

/// <summary>
/// Counts the messages the bot sends (sendMessage, editMessageText, sendAudio, sendDocument) and answers 429 with
/// <c>retry_after</c> when one would break a <see cref="FloodLimits"/> rule. A refused message does not count.
/// </summary>
public sealed class FloodMonitor(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly List<(long Chat, DateTimeOffset At)> _sent = [];

    public FloodLimits Limits { get; set; } = new();

    public void Admit(long chatId)
    {
        lock (_gate)
        {
            var limits = Limits;
            var now = time.GetUtcNow();
            _sent.RemoveAll(s => s.At < now - TimeSpan.FromMinutes(2));
            if (limits.IsEnabled)
            {
                var wait = Check(limits.PerChat, limits.PerChatWindow, s => s.Chat == chatId, now, limits.Tolerance);
                if (chatId < 0)
                {
                    wait = Max(wait, Check(limits.PerGroup, limits.PerGroupWindow, s => s.Chat == chatId, now, limits.Tolerance));
                }

                wait = Max(wait, Check(limits.Global, limits.GlobalWindow, _ => true, now, limits.Tolerance));
                if (wait > TimeSpan.Zero)
                {
                    var seconds = (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds));
                    throw new BotApiException(429, $"Too Many Requests: retry after {seconds}", retryAfter: seconds);
                }
            }

            _sent.Add((chatId, now));
        }
    }

    /// <summary>How long until one more message fits the rule, or zero.</summary>
    private TimeSpan Check(int limit, TimeSpan window, Func<(long Chat, DateTimeOffset At), bool> applies, DateTimeOffset now, TimeSpan tolerance)
    {
        var effective = window - tolerance;
        var recent = _sent.Where(s => applies(s) && s.At > now - effective).Select(s => s.At).Order().ToList();
        return recent.Count < limit ? TimeSpan.Zero : recent[recent.Count - limit] + window - now;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
