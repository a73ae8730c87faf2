namespace MusicBot.Core.Generation;

/// <summary>The outcome of the atomic "create task + reserve credits" step.</summary>
public abstract record CreateTaskResult
{
    private CreateTaskResult()
    {
    }

    /// <summary>Created and the price reserved; <paramref name="QueuePosition"/> counts queued tasks of the same provider, this one included.</summary>
    public sealed record Created(GenerationTask Task, int QueuePosition, int BalanceAfter) : CreateTaskResult;

    /// <summary>The same request was seen before (a redelivered update): nothing new was created or charged.</summary>
    public sealed record Duplicate(GenerationTask Task) : CreateTaskResult;

    public sealed record NotEnoughCredits(int Balance, int Price) : CreateTaskResult;

    public sealed record TooManyInFlight(int InFlight, int Max) : CreateTaskResult;
}
