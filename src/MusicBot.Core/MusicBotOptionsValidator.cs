using Microsoft.Extensions.Options;
using MusicBot.Core.Configuration;
using MusicBot.Core.Providers;

namespace MusicBot.Core;

/// <summary>Checks what data annotations cannot: that named providers exist and URLs are absolute http(s).</summary>
public sealed class MusicBotOptionsValidator : IValidateOptions<MusicBotOptions>
{
    public ValidateOptionsResult Validate(string? name, MusicBotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (!ProviderNames.All.Contains(options.DefaultProvider.ToLowerInvariant()))
        {
            problems.Add($"MusicBot:DefaultProvider is '{options.DefaultProvider}'; use one of {string.Join(", ", ProviderNames.All)}.");
        }

        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            && (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            problems.Add($"MusicBot:PublicBaseUrl '{options.PublicBaseUrl}' is not an absolute http(s) URL; give the bot's public address, e.g. https://bot.example.com, or leave it empty.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
