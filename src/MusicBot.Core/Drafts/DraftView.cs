using MusicBot.Core.Songs;
using MusicBot.Core.Validation;

namespace MusicBot.Core.Drafts;

/// <summary>A draft with what its provider and model make of it: what is missing, what breaks a rule, what else could be chosen.</summary>
public sealed record DraftView(
    Draft Draft,
    string Provider,
    string Model,
    bool IsProviderAvailable,
    ValidationReport Report,
    IReadOnlyList<string> Models,
    IReadOnlyList<string> AvailableProviders);
