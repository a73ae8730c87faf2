using System.Globalization;

namespace MusicBot.Discord.Commands;

/// <summary>
/// Custom ids of the bot's buttons and modal: <c>mb:&lt;action&gt;[:&lt;argument&gt;…]</c>, well under Discord's 100
/// characters. They carry no user text, only an action, a task id and a take. Who may press a button is decided from
/// the stored task, never from the id, so a forged id can do no more than the presser's own command could.
/// </summary>
public static class CustomIds
{
    public const string Generate = "mb:gen";
    public const string Regenerate = "mb:regen";
    public const string Extend = "mb:ext";
    public const string EditLyrics = "mb:lyr";
    public const string Instrumental = "mb:ins";
    public const string Clear = "mb:clr";
    public const string LyricsModal = "mb:lyrics-modal";
    public const string LyricsInput = "lyrics";

    public static string RegenerateTask(long taskId) => $"{Regenerate}:{taskId}";

    /// <summary><c>mb:ext:12:2</c>: extend take 2 of song #12 (the take as the track message shows it).</summary>
    public static string ExtendTake(long taskId, int take) => string.Create(CultureInfo.InvariantCulture, $"{Extend}:{taskId}:{take}");

    /// <summary>The action part: <c>mb:regen:12</c> → <c>mb:regen</c>.</summary>
    public static string Action(string customId)
    {
        ArgumentNullException.ThrowIfNull(customId);
        var second = customId.IndexOf(':', customId.IndexOf(':', StringComparison.Ordinal) + 1);
        return second < 0 ? customId : customId[..second];
    }

    public static long? TaskIdOf(string customId) =>
        Action(customId) == Regenerate && long.TryParse(customId[(Regenerate.Length + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The song and take of an Extend button; null for any other id or a malformed one.</summary>
    public static (long TaskId, int Take)? ExtendOf(string customId)
    {
        if (Action(customId) != Extend)
        {
            return null;
        }

        var parts = customId[(Extend.Length + 1)..].Split(':');
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var taskId)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var take)
                ? (taskId, take)
                : null;
    }
}
