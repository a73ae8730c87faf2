namespace MusicBot.Core.Inbox;

/// <summary>
/// One stream of numbered platform updates: the platform plus the account whose numbering it is (update ids are
/// per bot, so a Telegram stream is <c>("telegram", botId)</c>).
/// </summary>
public sealed record UpdateSource(string Platform, string Stream)
{
    public override string ToString() => $"{Platform}:{Stream}";
}
