namespace MusicBot.Emulators.Discord.Rest;

/// <summary>
/// Endpoint metadata: the route's rate-limit bucket (hash, limit, the route values that name its top-level resource),
/// whether it needs the bot token, and whether it counts toward the global limit.
/// </summary>
internal sealed record RouteRule(string BucketHash, Func<EmulatorOptions, RouteLimit> Limit, string[] MajorParameters, bool RequiresAuth = true, bool IsExemptFromGlobal = false);
