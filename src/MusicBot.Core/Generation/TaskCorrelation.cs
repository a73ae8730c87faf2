using System.Globalization;

namespace MusicBot.Core.Generation;

/// <summary>
/// The bot's own name for a task as providers see it (in callback addresses): <c>task-42</c>. A callback that
/// carries it can be matched to its task even when the provider's task id was never learned.
/// </summary>
public static class TaskCorrelation
{
    private const string Prefix = "task-";

    public static string Of(long taskId) => Prefix + taskId.ToString(CultureInfo.InvariantCulture);

    public static long? TryParse(string? correlationId) =>
        correlationId is not null
        && correlationId.StartsWith(Prefix, StringComparison.Ordinal)
        && long.TryParse(correlationId.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
