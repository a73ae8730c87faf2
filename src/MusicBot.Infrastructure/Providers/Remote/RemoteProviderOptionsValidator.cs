using Microsoft.Extensions.Options;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>
/// What data annotations cannot check in a provider's section, each problem naming its key: the address must be
/// absolute http(s), the total time-out must cover one attempt, plus the provider's own rules.
/// </summary>
public sealed class RemoteProviderOptionsValidator<TOptions>(string section, Func<TOptions, IEnumerable<string>>? extra = null) : IValidateOptions<TOptions>
    where TOptions : RemoteProviderOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.BaseUrl is not { IsAbsoluteUri: true, Scheme: "http" or "https" })
        {
            problems.Add($"{section}:BaseUrl '{options.BaseUrl}' is not an absolute http(s) URL.");
        }

        if (options.TotalTimeout < options.AttemptTimeout)
        {
            problems.Add($"{section}:TotalTimeout ({options.TotalTimeout}) is shorter than {section}:AttemptTimeout ({options.AttemptTimeout}).");
        }

        if (extra is not null)
        {
            problems.AddRange(extra(options));
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
