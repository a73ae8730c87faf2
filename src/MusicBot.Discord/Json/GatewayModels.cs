namespace MusicBot.Discord.Json;

/// <summary>The answer of <c>GET /gateway/bot</c> (reference A2.1).</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit? SessionStartLimit);

/// <summary><c>reset_after</c> is in milliseconds; <c>max_concurrency</c> Identifies are allowed per 5 seconds.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);

/// <summary>The parts of READY the bot keeps (reference A2.9).</summary>
public sealed record ReadyEvent(string SessionId, string ResumeGatewayUrl, ReadyApplication? Application, DiscordUser? User);

public sealed record ReadyApplication(string Id);

/// <summary>Identify (op 2) data; intents 0 are enough for interactions.</summary>
public sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties, int[] Shard);

public sealed record IdentifyProperties(string Os, string Browser, string Device);

/// <summary>Resume (op 6) data.</summary>
public sealed record ResumeData(string Token, string SessionId, long? Seq);

/// <summary>The parts of <c>GET /applications/@me</c> the bot uses: its id, and <c>verify_key</c>, the hex public key interactions are signed for.</summary>
public sealed record CurrentApplication(string Id, string? VerifyKey);
