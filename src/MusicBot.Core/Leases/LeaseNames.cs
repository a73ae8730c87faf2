namespace MusicBot.Core.Leases;

/// <summary>The lease names, in one place, so instances of different versions agree on them.</summary>
public static class LeaseNames
{
    /// <summary>Telegram delivers getUpdates to one caller at a time (a second gets 409 Conflict): one instance polls.</summary>
    public const string TelegramPolling = "telegram:polling";

    /// <summary>A Discord shard must be connected once: two sessions for one shard would each handle every event.</summary>
    public static string DiscordShard(int shard) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"discord:shard:{shard}");
}
