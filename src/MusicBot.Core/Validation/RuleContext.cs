namespace MusicBot.Core.Validation;

/// <summary>
/// Where a rule applies: the provider, and the mode, model or switches under which it does.
/// <paramref name="ErrorSaysLessThan"/> is the bound the provider's own error text names when its documentation disagrees.
/// </summary>
public sealed record RuleContext(string Provider, RuleScope Scope, string? Model = null, int? ErrorSaysLessThan = null);

/// <summary>What part of a provider's rules a limit belongs to.</summary>
public enum RuleScope
{
    /// <summary>The provider as a whole.</summary>
    Provider,

    /// <summary>One model of the provider (<see cref="RuleContext.Model"/>).</summary>
    Model,

    /// <summary>Custom mode: lyrics sung verbatim, style and title as given.</summary>
    CustomMode,

    /// <summary>Non-custom mode: the style text is the song's description.</summary>
    DescriptionMode,

    /// <summary>Instrumental is on.</summary>
    Instrumental,

    /// <summary>Enhance prompt is on.</summary>
    EnhancePrompt,

    /// <summary>Instrumental and enhance prompt are both on.</summary>
    InstrumentalAndEnhancePrompt,
}
