namespace MusicBot.Core.Failures;

/// <summary>What a provider's rejection of a request was about, when the bot knows more than the provider's words.</summary>
public enum RejectionCause
{
    /// <summary>Only the provider's own detail (if any) says why.</summary>
    Unspecified = 0,
    UnknownEndpoint = 1,
    InvalidModel = 2,
    StyleRequired = 3,
    LyricsOrStyleRequired = 4,
    ReferenceAudioUnusable = 5,
}
