using System.Diagnostics;

namespace MusicBot.Discord.Tests.Support;

/// <summary>
/// A clock whose time never moves (timers still fire in real time): a window that must pass before something may
/// happen never passes, so a test can tell "waits" from "goes ahead" without measuring time.
/// </summary>
public sealed class FrozenClock : TimeProvider
{
    private readonly long _timestamp = Stopwatch.GetTimestamp();
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override long GetTimestamp() => _timestamp;

    public override DateTimeOffset GetUtcNow() => _now;
}
