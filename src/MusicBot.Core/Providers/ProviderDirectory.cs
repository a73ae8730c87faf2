using Microsoft.Extensions.Options;
using MusicBot.Core.Configuration;
using MusicBot.Core.Operations;
using MusicBot.Core.Songs;
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

    /// <summary>
    /// The model a draft runs on, the one owner of this rule: its choice in the provider's spelling; a name the provider
    /// does not know as typed (validation reports it); else the provider's default.
    /// </summary>
    public string ModelFor(Draft draft) => ModelFor(draft, RulesFor(ProviderFor(draft)));

    /// <summary><see cref="ModelFor(Draft)"/> with the draft's rules already looked up.</summary>
    public static string ModelFor(Draft draft, IProviderRules? rules)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return rules?.ResolveModel(draft.Model) ?? draft.Model ?? rules?.DefaultModel ?? "";
    }

    public bool IsAvailable(string provider) => _providers.ContainsKey(provider);

    public IMusicProvider? Find(string provider) => _providers.GetValueOrDefault(provider);

    public IMusicProvider Get(string provider) =>
        Find(provider) ?? throw new InvalidOperationException($"Provider '{provider}' is not registered.");

    /// <summary>True when <paramref name="provider"/> is registered and can run <paramref name="kind"/>.</summary>
    public bool Supports(string provider, OperationKind kind) => Find(provider)?.Operations.Contains(kind) == true;

    /// <summary>The operations <paramref name="provider"/> can run, in a stable order; empty when it is not registered.</summary>
    public IReadOnlyList<OperationKind> OperationsOf(string provider) =>
        Find(provider) is { } found ? [.. found.Operations.Order()] : [];

    /// <summary>
    /// The operations a delivered take offers (its buttons), the one owner of that rule: music (a song, an extension, a
    /// song with added parts) offers what its provider can run on a take now; a WAV copy, a stem or lyrics offer none.
    /// </summary>
    public IReadOnlyList<OperationKind> OperationsOnTake(string provider, OperationKind? madeBy) =>
        madeBy.MakesMusic() ? [.. OperationKindExtensions.OnATake.Where(kind => Supports(provider, kind))] : [];

    public IProviderRules? RulesFor(string provider) => _rules.GetValueOrDefault(provider);
}
