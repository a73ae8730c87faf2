namespace MusicBot.Core.Providers;

/// <summary>
/// What a submit achieved: a task id the provider will work on, a failure that ends (or, when transient, delays)
/// the task, or an unknown outcome: the request was sent but no answer came, so the provider may be generating.
/// </summary>
public sealed record SubmitOutcome(string? ProviderTaskId, ProviderFailure? Failure, bool IsOutcomeUnknown = false)
{
    public const string UnknownOutcomeCode = "outcome-unknown";

    public bool IsAccepted => ProviderTaskId is not null;

    public static SubmitOutcome Accepted(string providerTaskId) => new(providerTaskId, null);

    public static SubmitOutcome Rejected(ProviderFailure failure) => new(null, failure);

    /// <summary>The request may have reached the provider: it must not be sent again, only reconciled.</summary>
    public static SubmitOutcome Unknown(string userMessage) =>
        new(null, new ProviderFailure(UnknownOutcomeCode, userMessage, IsTransient: true), IsOutcomeUnknown: true);
}
