using Microsoft.Extensions.Options;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;

namespace MusicBot.Core.Credits;

/// <summary>Prices must name known providers or operations and be zero or more.</summary>
public sealed class QuotaOptionsValidator : IValidateOptions<QuotaOptions>
{
    public ValidateOptionsResult Validate(string? name, QuotaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        foreach (var (provider, price) in options.Prices)
        {
            CheckProvider(provider, $"MusicBot:Quota:Prices:{provider}", problems);
            CheckPrice(price, $"MusicBot:Quota:Prices:{provider}", problems);
        }

        foreach (var (provider, models) in options.ModelPrices)
        {
            CheckProvider(provider, $"MusicBot:Quota:ModelPrices:{provider}", problems);
            foreach (var (model, price) in models)
            {
                CheckPrice(price, $"MusicBot:Quota:ModelPrices:{provider}:{model}", problems);
            }
        }

        var operations = Enum.GetValues<OperationKind>().Select(k => k.ConfigName()).ToList();
        foreach (var (operation, price) in options.OperationPrices)
        {
            var key = $"MusicBot:Quota:OperationPrices:{operation}";
            if (!operations.Contains(operation.ToLowerInvariant()))
            {
                problems.Add($"{key}: '{operation}' is not an operation; use one of {string.Join(", ", operations)}.");
            }

            CheckPrice(price, key, problems);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void CheckProvider(string provider, string key, List<string> problems)
    {
        if (!ProviderNames.All.Contains(provider.ToLowerInvariant()))
        {
            problems.Add($"{key}: '{provider}' is not a provider; use one of {string.Join(", ", ProviderNames.All)}.");
        }
    }

    private static void CheckPrice(int price, string key, List<string> problems)
    {
        if (price < 0)
        {
            problems.Add($"{key} is {price}; a price must be 0 or more.");
        }
    }
}
