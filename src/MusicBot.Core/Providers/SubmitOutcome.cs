using MusicBot.Core.Failures;

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

    /// <summary>
    /// The request may have reached the provider: it must not be sent again, only reconciled. <paramref name="why"/>
    /// is a short code for the logs (<c>timeout</c>, <c>http-502</c>, <c>no-task-id</c>).
    /// </summary>
    public static SubmitOutcome Unknown(string provider, string why) =>
        new(null, new ProviderFailure($"{UnknownOutcomeCode}:{why}", new TaskFailure.NoAnswer(provider), IsTransient: true), IsOutcomeUnknown: true);
}
