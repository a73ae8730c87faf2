using Microsoft.Extensions.Options;
using MusicBot.Core.Configuration;
using MusicBot.Core.Drafts;
using MusicBot.Core.Operations;
using MusicBot.Core.Validation;

namespace MusicBot.Core.Providers;

/// <summary>
/// Which providers this bot offers (those registered, i.e. configured with a key, plus <c>local</c>) and the rule
/// set for each. Rules exist for every known provider so a draft can be checked even before a key is configured.
/// </summary>
public sealed class ProviderDirectory(IEnumerable<IMusicProvider> providers, IEnumerable<IProviderRules> rules, IOptions<MusicBotOptions> options)
{
    private readonly Dictionary<string, IMusicProvider> _providers = providers.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IProviderRules> _rules = rules.ToDictionary(r => r.Provider, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Available => [.. _providers.Keys.Order(StringComparer.Ordinal)];

    public string DefaultProvider => options.Value.DefaultProvider.ToLowerInvariant();

    /// <summary>The provider the draft will use: its own choice, else the bot's default.</summary>
    public string ProviderFor(Draft draft) => (draft.Provider ?? DefaultProvider).ToLowerInvariant();

    public bool IsAvailable(string provider) => _providers.ContainsKey(provider);

    public IMusicProvider? Find(string provider) => _providers.GetValueOrDefault(provider);

    public IMusicProvider Get(string provider) =>
        Find(provider) ?? throw new InvalidOperationException($"Provider '{provider}' is not registered.");

    /// <summary>True when <paramref name="provider"/> is registered and can run <paramref name="kind"/>.</summary>
    public bool Supports(string provider, OperationKind kind) => Find(provider)?.Operations.Contains(kind) == true;

    /// <summary>The operations <paramref name="provider"/> can run, in a stable order; empty when it is not registered.</summary>
    public IReadOnlyList<OperationKind> OperationsOf(string provider) =>
        Find(provider) is { } found ? [.. found.Operations.Order()] : [];

    public IProviderRules? RulesFor(string provider) => _rules.GetValueOrDefault(provider);
}
