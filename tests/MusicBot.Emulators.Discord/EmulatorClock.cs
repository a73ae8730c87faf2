using System.Threading;

namespace MusicBot.Emulators.Discord;

/// <summary>
/// Wall-clock time as the emulator sees it: real time plus an offset tests can move, to age interaction tokens past
/// 15 minutes without waiting. The 3-second ack deadline uses a monotonic stopwatch instead and is not moved.
/// </summary>
public sealed class EmulatorClock
{
    private const long DiscordEpochMs = 1420070400000;
    private long _offsetTicks;
    private long _sequence;

    public DateTimeOffset Now => DateTimeOffset.UtcNow + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    /// <summary>A new snowflake: milliseconds since the Discord epoch, shifted left 22 bits, plus a counter.</summary>
    public string NextSnowflake()
    {
        var ms = Now.ToUnixTimeMilliseconds() - DiscordEpochMs;
        var counter = Interlocked.Increment(ref _sequence) & 0x3FFFFF;
        return ((ms << 22) | counter).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
