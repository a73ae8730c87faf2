using System.ComponentModel.DataAnnotations;

namespace MusicBot.Discord;

/// <summary>
/// Section <c>MusicBot:Discord</c>. Discord is on when a bot token is given; without one the adapter registers nothing
/// and the startup banner says so.
/// </summary>
public sealed class DiscordOptions
{
    public const string SectionName = "MusicBot:Discord";

    /// <summary>The bot token from the Developer Portal. A secret: never logged, never shown in chat.</summary>
    public string? BotToken { get; set; }

    /// <summary>REST base URL including the version; the gateway URL comes from <c>GET /gateway/bot</c>.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>Guilds to register the commands in (instant updates). Empty: register them globally.</summary>
    public List<string> GuildIds { get; set; } = [];

    /// <summary>Total shards of the bot; 1 unless Discord asks for more (close code 4011).</summary>
    [Range(1, 1024)]
    public int ShardCount { get; set; } = 1;

    /// <summary>The shards this process runs; empty means all of <see cref="ShardCount"/>.</summary>
    public List<int> ShardIds { get; set; } = [];

    /// <summary>
    /// How long an interaction may work before the bot sends a deferred acknowledgement instead of the answer.
    /// Discord's deadline is 3 seconds from the event; the rest is headroom for the HTTP call.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:02.500")]
    public TimeSpan AckBudget { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Interactions whose work (database, providers) runs at once, each on a thread of its own; acknowledgements are
    /// never held back by it. SQLite writes one at a time anyway, so a few are enough.
    /// </summary>
    [Range(1, 64)]
    public int MaxConcurrentInteractions { get; set; } = 4;

    /// <summary>
    /// The application's public key (Developer Portal, General Information), 64 hex characters. Set, it turns on
    /// <c>POST /discord/interactions</c>, where Discord sends interactions signed with it once that address is saved
    /// as the Interactions Endpoint URL. Not a secret.
    /// </summary>
    public string? PublicKey { get; set; }

    /// <summary>
    /// Whether the bot connects to the gateway. With a <see cref="PublicKey"/> it may be off: interactions then arrive
    /// only over HTTP, and commands and results still go over REST.
    /// </summary>
    public bool GatewayEnabled { get; set; } = true;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);

    public bool IsHttpInteractionsEnabled => IsEnabled && !string.IsNullOrWhiteSpace(PublicKey);

    /// <summary>The shard ids to run, resolved from <see cref="ShardIds"/> and <see cref="ShardCount"/>.</summary>
    public IReadOnlyList<int> ResolvedShardIds => ShardIds.Count > 0 ? ShardIds : [.. Enumerable.Range(0, ShardCount)];
}
