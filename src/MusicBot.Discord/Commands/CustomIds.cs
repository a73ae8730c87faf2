namespace MusicBot.Discord.Commands;

/// <summary>
/// Custom ids of the bot's buttons and modal: <c>mb:&lt;action&gt;[:&lt;argument&gt;]</c>, well under Discord's 100
/// characters. They carry no user text, only an action and at most a task id.
/// </summary>
public static class CustomIds
{
    public const string Generate = "mb:gen";
    public const string Regenerate = "mb:regen";
    public const string EditLyrics = "mb:lyr";
    public const string Instrumental = "mb:ins";
    public const string Clear = "mb:clr";
    public const string LyricsModal = "mb:lyrics-modal";
    public const string LyricsInput = "lyrics";

    public static string RegenerateTask(long taskId) => $"{Regenerate}:{taskId}";

    /// <summary>The action part: <c>mb:regen:12</c> → <c>mb:regen</c>.</summary>
    public static string Action(string customId)
    {
        ArgumentNullException.ThrowIfNull(customId);
        var second = customId.IndexOf(':', customId.IndexOf(':', StringComparison.Ordinal) + 1);
        return second < 0 ? customId : customId[..second];
    }

    public static long? TaskIdOf(string customId) =>
        Action(customId) == Regenerate && long.TryParse(customId[(Regenerate.Length + 1)..], out var id) ? id : null;
}
