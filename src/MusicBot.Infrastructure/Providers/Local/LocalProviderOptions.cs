using System.ComponentModel.DataAnnotations;

namespace MusicBot.Infrastructure.Providers.Local;

/// <summary>Section <c>MusicBot:Providers:Local</c>: the built-in offline synthesizer.</summary>
public sealed class LocalProviderOptions
{
    public const string SectionName = "MusicBot:Providers:Local";

    /// <summary>
    /// Time between stages (lyrics, first track, complete), so the offline provider goes through the same
    /// asynchronous life as a remote one and its progress can be seen.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan StageDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
