using MusicBot.Emulators.Telegram.Server;

namespace MusicBot.Telegram.Tests.Support;

/// <summary>Flood limits scaled down with the bot's own (10 ms per chat), so end-to-end runs are fast and still checked.</summary>
public static class EmulatorFlood
{
    public static FloodLimits Scaled { get; } = new()
    {
        PerChat = 1,
        PerChatWindow = TimeSpan.FromMilliseconds(10),
        Tolerance = TimeSpan.FromMilliseconds(5),
        PerGroup = 100000,
        Global = 100000,
    };
}
