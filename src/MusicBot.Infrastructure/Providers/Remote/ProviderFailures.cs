using MusicBot.Core.Operations;
using MusicBot.Core.Providers;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>
/// The user-facing failures every provider shares, worded once. Messages never carry keys or raw bodies; a
/// provider's own error text appears only through <see cref="Detail"/>, trimmed.
/// </summary>
public static class ProviderFailures
{
    public const string OutOfCreditsCode = "provider-out-of-credits";

    public const string IncompleteCode = "incomplete-request";

    /// <summary>The bot's own account at the provider is empty: the user is refunded and the admins are warned.</summary>
    public static ProviderFailure OutOfCredits(string provider, string code) =>
        new($"{OutOfCreditsCode}:{code}", $"The bot's {provider} account is out of credits, so this song could not be made. The admins have been told.");

    public static ProviderFailure RateLimited(string provider, string code) =>
        new(code, $"{provider} is getting too many requests from the bot right now. Try again in a minute.", IsTransient: true);

    public static ProviderFailure Maintenance(string provider, string code) =>
        new(code, $"{provider} is under maintenance. Try again later.", IsTransient: true);

    public static ProviderFailure ServerError(string provider, string code) =>
        new(code, $"{provider} had an internal error. Try again later.", IsTransient: true);

    public static ProviderFailure Unauthorized(string provider, string code) =>
        new(code, $"{provider} refused the bot's API key, so no song can be made there until the admins fix it.");

    public static ProviderFailure Invalid(string provider, string code, string? detail) =>
        new(code, $"{provider} rejected the request{Detail(detail)}.");

    public static ProviderFailure TooLong(string provider, string code) =>
        new(code, $"{provider} says the lyrics or style are too long. Shorten them and try again.");

    public static ProviderFailure ContentRefused(string provider, string code, string? detail) =>
        new(code, $"{provider} refused the content of this song{Detail(detail)}. Change the lyrics or style and try again.");

    public static ProviderFailure GenerationFailed(string provider, string code, string? detail) =>
        new(code, $"{provider} could not make this song{Detail(detail)}.");

    /// <summary>An operation on a track (WAV, stems, lyrics...) that the provider ran and could not finish.</summary>
    public static ProviderFailure OperationFailed(string provider, OperationKind kind, string code, string? detail) =>
        new(code, $"{provider} could not {kind.VerbPhrase()}{Detail(detail)}.");

    /// <summary>
    /// The request lacks something the provider needs (a source track's id, a topic). It is never sent, so nothing is
    /// generated; not transient, since sending it again would lack the same thing.
    /// </summary>
    public static ProviderFailure Incomplete(string provider, OperationKind kind, string missing) =>
        new(IncompleteCode, $"Could not ask {provider} to {kind.VerbPhrase()}: {missing}.");

    public static ProviderFailure Unreachable(string provider) =>
        new("unreachable", $"Could not reach {provider}. Try again in a minute.", IsTransient: true);

    public static ProviderFailure CircuitOpen(string provider) =>
        new("circuit-open", $"{provider} is failing right now, so the bot paused requests to it. Try again in a minute.", IsTransient: true);

    public static ProviderFailure UnknownTask(string provider) =>
        new("unknown-task", $"{provider} has no record of this song.");

    public static bool IsOutOfCredits(ProviderFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Code.StartsWith(OutOfCreditsCode, StringComparison.Ordinal);
    }

    /// <summary>A provider's own error text, made safe for chat: one line, at most 160 characters.</summary>
    public static string Detail(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var line = new string([.. text.Where(c => !char.IsControl(c))]).Trim();
        return line.Length == 0 ? "" : $" ({(line.Length <= 160 ? line : line[..157] + "...")})";
    }
}
