using System.Globalization;

namespace MusicBot.Telegram.Buttons;

/// <summary>
/// The argument of a button that acts on one delivered take: <c>taskId[:take]</c>, the take as the caption shows it
/// ("take 2"; buttons sent before takes were numbered by Core carry the track index, which every provider numbered alike).
/// At most 19 + 1 + 10 characters, so with the action code and the owner
/// the data stays within 64 bytes.
/// </summary>
public sealed record TakeReference(long TaskId, int? Take = null)
{
    public string Text => Take is { } take
        ? string.Create(CultureInfo.InvariantCulture, $"{TaskId}:{take}")
        : TaskId.ToString(CultureInfo.InvariantCulture);

    public static TakeReference? Parse(string? argument)
    {
        var parts = (argument ?? "").Split(':');
        if (parts.Length > 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var taskId))
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new TakeReference(taskId);
        }

        return int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? new TakeReference(taskId, index) : null;
    }
}
