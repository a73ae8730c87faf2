using MusicBot.Core.Operations;
using MusicBot.Core.Songs;

namespace MusicBot.Core.Validation;

/// <summary>The model bookkeeping every rule set shares; subclasses state only their own rules.</summary>
public abstract class CatalogRules : IProviderRules
{
    private readonly ModelCatalog _catalog;

    private protected CatalogRules(ModelCatalog catalog)
    {
        _catalog = catalog;
    }

    public string Provider => _catalog.Provider;

    public IReadOnlyList<string> Models => _catalog.Models;

    public string DefaultModel => _catalog.DefaultModel;

    public string? ResolveModel(string? model) => _catalog.Resolve(model);

    /// <summary>By default an operation runs on its source's model.</summary>
    public virtual string ModelFor(OperationKind kind, string sourceModel) => sourceModel;

    public abstract ValidationReport Validate(Draft draft);
}
