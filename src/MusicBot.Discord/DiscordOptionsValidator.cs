using Microsoft.Extensions.Options;

namespace MusicBot.Discord;

/// <summary>What data annotations cannot check: the URL's scheme, snowflake guild ids and shard ids in range.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var problems = new List<string>();
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
}
