using MusicBot.Core.Songs;

namespace MusicBot.Core.Validation;

/// <summary>One provider's model names (default first), matched case-insensitively, with per-model limits.</summary>
internal sealed class ModelCatalog
{
    public ModelCatalog(string provider, IReadOnlyList<string> models)
    {
        ArgumentOutOfRangeException.ThrowIfZero(models.Count);
        Provider = provider;
        Models = models;
    }

    public string Provider { get; }

    public IReadOnlyList<string> Models { get; }

    public string DefaultModel => Models[0];

    public string? Resolve(string? model)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            return DefaultModel;
        }

        var typed = model.Trim();
        return Models.FirstOrDefault(known => string.Equals(known, typed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The draft's model in the provider's spelling; null, with a violation added, when there is no such model.
    /// </summary>
    public string? ResolveOrReport(string? model, ReportBuilder report)
    {
        var resolved = Resolve(model);
        if (resolved is null)
        {
            report.Add(new Violation(DraftField.Model, new ViolationRule.UnknownModel(Provider, model!, Models, DefaultModel)));
        }

        return resolved;
    }

    public Violation? MaxLength(DraftField field, string? value, string model, Func<string, int> limitOf)
    {
        var limit = limitOf(model);
        if (string.IsNullOrWhiteSpace(value) || value.Length <= limit)
        {
            return null;
        }

        return DraftRules.MaxLength(
            field, value, limit, new RuleContext(Provider, RuleScope.Model, model), Roomier(value.Length, limitOf));
    }

    // Only models the text would actually fit, grouped by limit, smallest first.
    private List<ModelAllowance> Roomier(int length, Func<string, int> limitOf) =>
    [
        .. Models
            .Select(model => (Model: model, Limit: limitOf(model)))
            .Where(candidate => candidate.Limit >= length)
            .GroupBy(candidate => candidate.Limit)
            .OrderBy(group => group.Key)
            .Select(group => new ModelAllowance(group.Key, [.. group.Select(candidate => candidate.Model)])),
    ];
}
