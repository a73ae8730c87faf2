namespace MusicBot.Core.Providers;

/// <summary>What a submit achieved: a task id the provider will work on, or a failure that ends the task.</summary>
public sealed record SubmitOutcome(string? ProviderTaskId, ProviderFailure? Failure)
{
    public bool IsAccepted => ProviderTaskId is not null;

    public static SubmitOutcome Accepted(string providerTaskId) => new(providerTaskId, null);

    public static SubmitOutcome Rejected(ProviderFailure failure) => new(null, failure);
}
