using MusicBot.Core.Operations;
using MusicBot.Core.Songs;

namespace MusicBot.Core.Validation;

/// <summary>One provider's rule set: which models it has and what a draft must satisfy for each.</summary>
public interface IProviderRules
{
    /// <summary>Lower-case provider name, e.g. <c>sunoapi</c>.</summary>
    string Provider { get; }

    /// <summary>Model names in the provider's own spelling, default first.</summary>
    IReadOnlyList<string> Models { get; }

    string DefaultModel { get; }

    /// <summary>The provider's spelling of <paramref name="model"/>, or null when it has no such model.</summary>
    string? ResolveModel(string? model);

    /// <summary>
    /// The model an operation on a track made with <paramref name="sourceModel"/> runs on. Stored with the operation's
    /// task, so a later operation on its result (an extend must name its source's model) names the right one.
    /// </summary>
    string ModelFor(OperationKind kind, string sourceModel);

    /// <summary>Checks the draft against the rules of its model (the default model when none is set).</summary>
    ValidationReport Validate(Draft draft);
}
