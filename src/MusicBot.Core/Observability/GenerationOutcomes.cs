namespace MusicBot.Core.Observability;

/// <summary>
/// The <c>outcome</c> label of finished generations. Generation maps its task states onto these
/// (<c>TaskStateExtensions.MetricName</c>), so metrics need not know the task states.
/// </summary>
public static class GenerationOutcomes
{
    public const string Succeeded = "succeeded";

    public const string Failed = "failed";

    public const string TimedOut = "timed_out";

    public const string Unfinished = "unfinished";

    /// <summary>The outcomes of a finished task, whose series start at 0.</summary>
    public static IReadOnlyList<string> Final { get; } = [Succeeded, Failed, TimedOut];
}
