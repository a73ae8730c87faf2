namespace MusicBot.Discord.Gateway;

/// <summary>
/// The close-code table (reference A2.5) as decisions: fatal {4004, 4010–4014}; a fresh Identify for {4003, 4007, 4009},
/// which the docs ask for on 4007 and 4009 and discord.js does on 4003; Resume for everything else, including a
/// dropped connection with no close frame and a server-sent 1000 (discord.py treats that as an improper close).
/// </summary>
public static class GatewayCloseCodes
{
    public static ReconnectAction Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => ReconnectAction.Fatal,
        4003 or 4007 or 4009 => ReconnectAction.Reidentify,
        _ => ReconnectAction.Resume,
    };

    /// <summary>A sentence for the operator: what the code means and what to change.</summary>
    public static string Explain(int? code) => code switch
    {
        null => "the connection dropped without a close frame",
        4000 => "4000 Unknown error",
        4001 => "4001 Unknown opcode",
        4002 => "4002 Decode error",
        4003 => "4003 Not authenticated",
        4004 => "4004 Authentication failed: Discord rejected the bot token. Set MusicBot:Discord:BotToken to the token from the Developer Portal (Bot page), without the 'Bot ' prefix",
        4005 => "4005 Already authenticated",
        4007 => "4007 Invalid seq",
        4008 => "4008 Rate limited",
        4009 => "4009 Session timed out",
        4010 => "4010 Invalid shard: MusicBot:Discord:ShardIds / ShardCount name a shard Discord does not accept",
        4011 => "4011 Sharding required: the bot is in too many guilds for one shard; raise MusicBot:Discord:ShardCount",
        4012 => "4012 Invalid API version: MusicBot:Discord:ApiBaseUrl must point at API v10",
        4013 => "4013 Invalid intent(s)",
        4014 => "4014 Disallowed intent(s): a privileged intent is not enabled for this application",
        _ => $"close code {code}",
    };
}
