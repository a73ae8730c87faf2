using System.ComponentModel.DataAnnotations;

namespace MusicBot.Core.Leases;

/// <summary><c>MusicBot:Leases</c>: how long a lease lasts without renewal, which bounds how soon a survivor takes over.</summary>
public sealed class LeaseOptions
{
    public const string SectionName = "MusicBot:Leases";

    /// <summary>
    /// Renewed every third of this and retried as often by a waiting instance, so a dead holder's job moves within
    /// about 1.3 times this. Instances' clocks must agree to well under it (NTP does).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:02", "00:10:00")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(30);
}
