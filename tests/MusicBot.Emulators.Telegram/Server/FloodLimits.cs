namespace MusicBot.Emulators.Telegram.Server;

/// <summary>
/// Telegram's flood rules (FAQ): about one message per second per chat, 20 per minute per group, about 30 per second
/// overall. <see cref="Tolerance"/> forgives network jitter (a message arriving a little early); tests shrink the
/// windows to run fast, or set <see cref="IsEnabled"/> false.
/// </summary>
public sealed record FloodLimits
{
    public bool IsEnabled { get; init; } = true;

    public int PerChat { get; init; } = 1;

    public TimeSpan PerChatWindow { get; init; } = TimeSpan.FromSeconds(1);

    public int PerGroup { get; init; } = 20;

    public TimeSpan PerGroupWindow { get; init; } = TimeSpan.FromMinutes(1);

    public int Global { get; init; } = 30;

    public TimeSpan GlobalWindow { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan Tolerance { get; init; } = TimeSpan.FromMilliseconds(100);

    public static FloodLimits Off { get; } = new() { IsEnabled = false };
}
