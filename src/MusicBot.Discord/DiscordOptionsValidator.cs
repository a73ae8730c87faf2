using Microsoft.Extensions.Options;

namespace MusicBot.Discord;

/// <summary>
/// What data annotations cannot check: the URL's scheme, snowflake guild ids, shard ids in range, the public key's
/// shape, and a way for interactions to arrive.
/// </summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hasPublicKey = !string.IsNullOrWhiteSpace(options.PublicKey);
        if (!options.IsEnabled)
        {
            return hasPublicKey
                ? ValidateOptionsResult.Fail("MusicBot:Discord:PublicKey is set but MusicBot:Discord:BotToken is not: the bot needs its token to register commands and post results; set it, or remove the public key.")
                : ValidateOptionsResult.Success;
        }

        var problems = new List<string>();
        if (hasPublicKey && !IsPublicKey(options.PublicKey!))
        {
            problems.Add($"MusicBot:Discord:PublicKey must be the application's public key from the Developer Portal (General Information → Public Key): 64 hexadecimal characters, not {options.PublicKey!.Trim().Length} characters{(options.PublicKey.Trim().All(char.IsAsciiHexDigit) ? "" : " with other than 0-9 and a-f")}.");
        }

        if (!options.GatewayEnabled && !hasPublicKey)
        {
            problems.Add("MusicBot:Discord:GatewayEnabled is false and MusicBot:Discord:PublicKey is not set: no interaction could reach the bot. Set the public key (and the Interactions Endpoint URL in the Developer Portal), or turn the gateway back on.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("http" or "https"))
        {
            problems.Add($"MusicBot:Discord:ApiBaseUrl '{options.ApiBaseUrl}' is not an absolute http(s) URL; leave it unset for https://discord.com/api/v10.");
        }

        if (options.BotToken!.Any(char.IsWhiteSpace))
        {
            problems.Add("MusicBot:Discord:BotToken contains whitespace; paste the token alone, without the 'Bot ' prefix.");
        }

        foreach (var guild in options.GuildIds.Where(g => !ulong.TryParse(g, out _)))
        {
            problems.Add($"MusicBot:Discord:GuildIds: '{guild}' is not a guild id (a number, e.g. 290926798626357999).");
        }

        foreach (var shard in options.ShardIds.Where(s => s < 0 || s >= options.ShardCount))
        {
            problems.Add($"MusicBot:Discord:ShardIds: shard {shard} is outside 0..{options.ShardCount - 1} (MusicBot:Discord:ShardCount is {options.ShardCount}).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsPublicKey(string key) => key.Trim() is { Length: 64 } trimmed && trimmed.All(char.IsAsciiHexDigit);
}
