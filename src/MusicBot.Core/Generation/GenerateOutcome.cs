using MusicBot.Core.Validation;

namespace MusicBot.Core.Generation;

/// <summary>What became of a submit. Only <see cref="Queued"/> reserved credits.</summary>
public abstract record GenerateOutcome
{
    private GenerateOutcome()
    {
    }

    public sealed record Queued(GenerationTask Task, int QueuePosition, int BalanceAfter, IReadOnlyList<DraftNote> Notes) : GenerateOutcome;

    public sealed record AlreadySubmitted(GenerationTask Task) : GenerateOutcome;

    public sealed record Invalid(string Provider, string Model, ValidationReport Report) : GenerateOutcome;

    public sealed record NotEnoughCredits(int Balance, int Price) : GenerateOutcome;

    public sealed record TooManyInFlight(int InFlight, int Max) : GenerateOutcome;

    /// <summary>
    /// A request that cannot run as asked (someone else's song, no finished song yet, a take that does not exist, a
    /// provider without that operation); <paramref name="Reason"/> says why. Nothing was reserved.
    /// </summary>
    public sealed record Refused(Refusal Reason) : GenerateOutcome;

    public sealed record ProviderUnavailable(string Provider, IReadOnlyList<string> Available) : GenerateOutcome;
}
