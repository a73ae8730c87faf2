using System.Reflection;
using System.Text.Json.Serialization;
using MusicBot.Core.Operations;

namespace MusicBot.Core.Failures;

/// <summary>
/// Why a task failed, as a code with its data and never as a sentence: each platform's renderer words it, in any
/// language, also years later from the stored row. The <c>code</c> names below are what the database keeps
/// (<c>tasks.failure_code</c>, and the JSON of the detail); they never change once shipped.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "code")]
[JsonDerivedType(typeof(OutOfCredits), "provider-out-of-credits")]
[JsonDerivedType(typeof(RateLimited), "rate-limited")]
[JsonDerivedType(typeof(Maintenance), "maintenance")]
[JsonDerivedType(typeof(ServerError), "server-error")]
[JsonDerivedType(typeof(Unauthorized), "unauthorized")]
[JsonDerivedType(typeof(Rejected), "rejected")]
[JsonDerivedType(typeof(TooLong), "too-long")]
[JsonDerivedType(typeof(ContentRefused), "content-refused")]
[JsonDerivedType(typeof(GenerationFailed), "generation-failed")]
[JsonDerivedType(typeof(OperationFailed), "operation-failed")]
[JsonDerivedType(typeof(Incomplete), "incomplete-request")]
[JsonDerivedType(typeof(Unreachable), "unreachable")]
[JsonDerivedType(typeof(Paused), "circuit-open")]
[JsonDerivedType(typeof(UnknownTask), "unknown-task")]
[JsonDerivedType(typeof(Busy), "busy")]
[JsonDerivedType(typeof(WavExists), "wav-exists")]
[JsonDerivedType(typeof(SourceUnreachable), "source-unreachable")]
[JsonDerivedType(typeof(Unsupported), "unsupported")]
[JsonDerivedType(typeof(SourceNotMusic), "not-music")]
[JsonDerivedType(typeof(ExtensionTooLong), "extension-too-long")]
[JsonDerivedType(typeof(NoSource), "no-source")]
[JsonDerivedType(typeof(SourceTakeOutOfRange), "source-take-out-of-range")]
[JsonDerivedType(typeof(SourceGone), "source-gone")]
[JsonDerivedType(typeof(SourceDamaged), "source-damaged")]
[JsonDerivedType(typeof(SourceChanged), "source-changed")]
[JsonDerivedType(typeof(NoAudio), "no-audio")]
[JsonDerivedType(typeof(NoLyrics), "no-lyrics")]
[JsonDerivedType(typeof(NoReason), "no-reason")]
[JsonDerivedType(typeof(TimedOut), "timed-out")]
[JsonDerivedType(typeof(NeverConfirmed), "never-confirmed")]
[JsonDerivedType(typeof(NoAnswer), "no-answer")]
[JsonDerivedType(typeof(ProviderRemoved), "provider-removed")]
[JsonDerivedType(typeof(NoTaskId), "no-task-id")]
[JsonDerivedType(typeof(LegacyText), LegacyText.StoredCode)]
public abstract record TaskFailure
{
    private static readonly Dictionary<Type, string> CodesByType = typeof(TaskFailure)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    private protected TaskFailure()
    {
    }

    /// <summary>The stored code of this kind of failure (the JSON discriminator).</summary>
    [JsonIgnore]
    public string Code => CodesByType[GetType()];

    /// <summary>Every stored code, for storage tests and migrations.</summary>
    public static IReadOnlyCollection<string> AllCodes => CodesByType.Values;

    // --- Reported by a provider (sunoapi, musicapi, topview, or the offline renderer). ---

    /// <summary>The bot's own account at the provider is empty: the user is refunded and the admins are warned.</summary>
    public sealed record OutOfCredits(string Provider) : TaskFailure;

    public sealed record RateLimited(string Provider) : TaskFailure;

    public sealed record Maintenance(string Provider) : TaskFailure;

    public sealed record ServerError(string Provider) : TaskFailure;

    /// <summary>The provider refused the bot's API key.</summary>
    public sealed record Unauthorized(string Provider) : TaskFailure;

    /// <summary>The provider rejected the request; <paramref name="Detail"/> is the provider's own words, made safe.</summary>
    public sealed record Rejected(string Provider, RejectionCause Cause, string? Detail = null) : TaskFailure;

    /// <summary>The provider says the lyrics or style are too long.</summary>
    public sealed record TooLong(string Provider) : TaskFailure;

    public sealed record ContentRefused(string Provider, string? Detail = null) : TaskFailure;

    public sealed record GenerationFailed(string Provider, string? Detail = null) : TaskFailure;

    /// <summary>An operation on a track (WAV, stems, lyrics…) that the provider ran and could not finish.</summary>
    public sealed record OperationFailed(string Provider, OperationKind Operation, string? Detail = null) : TaskFailure;

    /// <summary>The request lacks something the provider needs, so it was never sent.</summary>
    public sealed record Incomplete(string Provider, OperationKind Operation, MissingPart Missing) : TaskFailure;

    public sealed record Unreachable(string Provider) : TaskFailure;

    /// <summary>The provider kept failing, so the bot paused requests to it (an open circuit).</summary>
    public sealed record Paused(string Provider) : TaskFailure;

    /// <summary>The provider has no record of the task.</summary>
    public sealed record UnknownTask(string Provider) : TaskFailure;

    /// <summary>The provider is still busy with the bot's earlier songs (transient).</summary>
    public sealed record Busy(string Provider) : TaskFailure;

    /// <summary>sunoapi makes one WAV per track, and this track has it already.</summary>
    public sealed record WavExists(string Provider) : TaskFailure;

    /// <summary>The provider could not download the source audio of an operation (null: of a new song's reference).</summary>
    public sealed record SourceUnreachable(string Provider, OperationKind? Operation) : TaskFailure;

    /// <summary>The provider cannot run this operation at all.</summary>
    public sealed record Unsupported(string Provider, OperationKind Operation) : TaskFailure;

    // --- Reported by the offline renderer about the take an operation works on. ---

    /// <summary>The source is the result of <paramref name="SourceOperation"/>, not a song that can be continued or split.</summary>
    public sealed record SourceNotMusic(string Provider, OperationKind SourceOperation) : TaskFailure;

    /// <summary>The extension would run to <paramref name="WouldRunSeconds"/>, past the renderer's <paramref name="MaxMinutes"/>.</summary>
    public sealed record ExtensionTooLong(string Provider, int MaxMinutes, int WouldRunSeconds) : TaskFailure;

    /// <summary>The request does not say which take to work on.</summary>
    public sealed record NoSource(string Provider) : TaskFailure;

    public sealed record SourceTakeOutOfRange(string Provider, int Takes, int Asked) : TaskFailure;

    /// <summary>The source's record (or audio file) is gone from the bot's folders.</summary>
    public sealed record SourceGone(string Provider, bool IsAudioFile) : TaskFailure;

    /// <summary>The source audio file is not what the renderer writes.</summary>
    public sealed record SourceDamaged(string Provider) : TaskFailure;

    /// <summary>The source was rendered by an earlier version, so its parts cannot be rebuilt to match it.</summary>
    public sealed record SourceChanged(string Provider) : TaskFailure;

    // --- Decided by the bot. ---

    /// <summary>The provider finished without any audio.</summary>
    public sealed record NoAudio : TaskFailure;

    /// <summary>The provider finished an AI-lyrics task without any lyrics.</summary>
    public sealed record NoLyrics : TaskFailure;

    /// <summary>The provider said the task failed and gave no reason.</summary>
    public sealed record NoReason : TaskFailure;

    /// <summary>No result after <paramref name="Minutes"/> minutes.</summary>
    public sealed record TimedOut(string Provider, double Minutes) : TaskFailure;

    /// <summary>A submit whose answer was lost was never confirmed by a callback.</summary>
    public sealed record NeverConfirmed(string Provider) : TaskFailure;

    /// <summary>The submit got no answer and, with no callbacks to confirm it, was given up at once (never re-sent).</summary>
    public sealed record NoAnswer(string Provider) : TaskFailure;

    /// <summary>The task's provider is no longer configured on this bot.</summary>
    public sealed record ProviderRemoved(string Provider) : TaskFailure;

    /// <summary>The provider answered without a task id.</summary>
    public sealed record NoTaskId(string Provider) : TaskFailure;

    /// <summary>
    /// A failure stored before failures had codes: the English sentence as it was written then. Shown as it is, in
    /// any language, since it cannot be translated.
    /// </summary>
    public sealed record LegacyText(string Text) : TaskFailure
    {
        public const string StoredCode = "legacy-text";
    }
}
