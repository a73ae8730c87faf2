using MusicBot.Emulators.Telegram.Model;
using MusicBot.Emulators.Telegram.Server;

namespace MusicBot.Emulators.Telegram;

/// <summary>How the emulated Bot API server is set up.</summary>
public sealed record EmulatorOptions
{
    /// <summary>The one token the server accepts; any other gets 401 "Unauthorized: invalid token specified".</summary>
    public string Token { get; init; } = "7000000001:AAEmulatorTokenForTestsOnly_x1y2z3w4";

    public EmulatedUser Bot { get; init; } = new(7000000001, "MusicBot Test", "musicbot_test_bot", IsBot: true);

    public FloodLimits Flood { get; init; } = new();

    /// <summary>Pause before a failed webhook delivery is tried again.</summary>
    public TimeSpan WebhookRetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long a webhook POST may take before the server counts it failed and sends the update again.</summary>
    public TimeSpan WebhookTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The first update id; ids then go up one by one.</summary>
    public long FirstUpdateId { get; init; } = 500000001;
}
