using MusicBot.Core.Operations;
using MusicBot.Core.Songs;
using MusicBot.Core.Validation;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>A provider's rules with an operator-chosen default model (e.g. <c>MusicBot:Providers:SunoApi:DefaultModel</c>).</summary>
public sealed class DefaultModelRules(IProviderRules inner, string defaultModel) : IProviderRules
{
    public string Provider => inner.Provider;

    public IReadOnlyList<string> Models => [defaultModel, .. inner.Models.Where(m => m != defaultModel)];

    public string DefaultModel => defaultModel;

    public string? ResolveModel(string? model) => string.IsNullOrWhiteSpace(model) ? defaultModel : inner.ResolveModel(model);

    public string ModelFor(OperationKind kind, string sourceModel) => inner.ModelFor(kind, sourceModel);

    public ValidationReport Validate(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return inner.Validate(string.IsNullOrWhiteSpace(draft.Model) ? draft with { Model = defaultModel } : draft);
    }
}
