using MusicBot.Core.Validation;

namespace MusicBot.Core.Generation;

/// <summary>What became of a submit. Only <see cref="Queued"/> reserved credits.</summary>
public abstract record GenerateOutcome
{
    private GenerateOutcome()
    {
    }

    public sealed record Queued(GenerationTask Task, int QueuePosition, int BalanceAfter, IReadOnlyList<string> Notes) : GenerateOutcome;

    public sealed record AlreadySubmitted(GenerationTask Task) : GenerateOutcome;

    public sealed record Invalid(string Provider, string Model, ValidationReport Report) : GenerateOutcome;

    public sealed record NotEnoughCredits(int Balance, int Price) : GenerateOutcome;

    public sealed record TooManyInFlight(int InFlight, int Max) : GenerateOutcome;

    /// <summary>
    /// An operation that cannot run as asked (no finished song yet, a track that does not exist, a provider without
    /// that operation); <paramref name="Message"/> says why and what to do. Nothing was reserved.
    /// </summary>
    public sealed record NotPossible(string Message) : GenerateOutcome;

    public sealed record ProviderUnavailable(string Provider, IReadOnlyList<string> Available) : GenerateOutcome;
}
