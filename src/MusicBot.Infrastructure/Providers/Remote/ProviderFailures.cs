using MusicBot.Core.Failures;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Core.UserText;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>
/// The failures every provider shares, as codes with data (each platform words them). The provider's own code goes
/// to logs and metrics; its own error text reaches users only through <see cref="Detail"/>, trimmed and made safe.
/// </summary>
public static class ProviderFailures
{
    public const string OutOfCreditsCode = "provider-out-of-credits";

    public const string IncompleteCode = "incomplete-request";

    /// <summary>The most of a provider's own error text a user sees.</summary>
    public const int MaxDetailLength = 160;

    /// <summary>The bot's own account at the provider is empty: the user is refunded and the admins are warned.</summary>
    public static ProviderFailure OutOfCredits(string provider, string code) =>
        new($"{OutOfCreditsCode}:{code}", new TaskFailure.OutOfCredits(provider));

    public static ProviderFailure RateLimited(string provider, string code) =>
        new(code, new TaskFailure.RateLimited(provider), IsTransient: true);

    public static ProviderFailure Maintenance(string provider, string code) =>
        new(code, new TaskFailure.Maintenance(provider), IsTransient: true);

    public static ProviderFailure ServerError(string provider, string code) =>
        new(code, new TaskFailure.ServerError(provider), IsTransient: true);

    public static ProviderFailure Unauthorized(string provider, string code) =>
        new(code, new TaskFailure.Unauthorized(provider));

    public static ProviderFailure Invalid(string provider, string code, string? detail) =>
        new(code, new TaskFailure.Rejected(provider, RejectionCause.Unspecified, Detail(detail)));

    /// <summary>A rejection whose meaning the bot knows from the provider's code.</summary>
    public static ProviderFailure Invalid(string provider, string code, RejectionCause cause) =>
        new(code, new TaskFailure.Rejected(provider, cause));

    public static ProviderFailure TooLong(string provider, string code) =>
        new(code, new TaskFailure.TooLong(provider));

    public static ProviderFailure ContentRefused(string provider, string code, string? detail) =>
        new(code, new TaskFailure.ContentRefused(provider, Detail(detail)));

    public static ProviderFailure GenerationFailed(string provider, string code, string? detail) =>
        new(code, new TaskFailure.GenerationFailed(provider, Detail(detail)));

    /// <summary>An operation on a track (WAV, stems, lyrics...) that the provider ran and could not finish.</summary>
    public static ProviderFailure OperationFailed(string provider, OperationKind kind, string code, string? detail) =>
        new(code, new TaskFailure.OperationFailed(provider, kind, Detail(detail)));

    /// <summary>
    /// The request lacks something the provider needs (a source track's id, a topic). It is never sent, so nothing is
    /// generated; not transient, since sending it again would lack the same thing.
    /// </summary>
    public static ProviderFailure Incomplete(string provider, OperationKind kind, MissingPart missing) =>
        new(IncompleteCode, new TaskFailure.Incomplete(provider, kind, missing));

    public static ProviderFailure Unreachable(string provider) =>
        new("unreachable", new TaskFailure.Unreachable(provider), IsTransient: true);

    public static ProviderFailure CircuitOpen(string provider) =>
        new("circuit-open", new TaskFailure.Paused(provider), IsTransient: true);

    public static ProviderFailure UnknownTask(string provider) =>
        new("unknown-task", new TaskFailure.UnknownTask(provider));

    /// <summary>The provider is still busy with the bot's earlier songs; the task is tried again shortly.</summary>
    public static ProviderFailure Busy(string provider, string code) =>
        new(code, new TaskFailure.Busy(provider), IsTransient: true);

    /// <summary>The provider makes one WAV per track, and this one has it: asking again never helps.</summary>
    public static ProviderFailure WavExists(string provider, string code) =>
        new(code, new TaskFailure.WavExists(provider));

    /// <summary>The provider could not download the source audio (of an operation; null kind: of a song's reference).</summary>
    public static ProviderFailure SourceUnreachable(string provider, OperationKind? kind, string code) =>
        new(code, new TaskFailure.SourceUnreachable(provider, kind));

    public static bool IsOutOfCredits(ProviderFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Reason is TaskFailure.OutOfCredits;
    }

    /// <summary>A provider's own error text, made safe for chat: one line without control characters, shortened; null when empty.</summary>
    public static string? Detail(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var line = TextValues.Clean(new string([.. text.Where(c => !char.IsControl(c))]));
        return line is null ? null : TextValues.Shorten(line, MaxDetailLength);
    }
}
