namespace MusicBot.Logging;

/// <summary>Section <c>MusicBot:Logging</c>: the console log format (levels stay in the standard <c>Logging</c> section).</summary>
public sealed class LogOptions
{
    public const string SectionName = "MusicBot:Logging";

    /// <summary>One JSON object per line (for Loki, Elastic, CloudWatch…) instead of the plain two-line format.</summary>
    public bool Json { get; set; }
}
