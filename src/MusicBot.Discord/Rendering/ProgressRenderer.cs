using System.Globalization;
using MusicBot.Core.Delivery;
using MusicBot.Core.Generation;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Rendering;

/// <summary>
/// The progress message of a song, edited in place: queued (position) → lyrics written → first take (stream link) →
/// done with Regenerate, or failed with the refund stated.
/// </summary>
public static class ProgressRenderer
{
    public static MessagePayload Queued(GenerationTask task, int position, int balanceAfter, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(task);
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"⏳ **{Name(task.Id, task.Request.Title)}** is queued (position {position}) with {task.Provider} {DiscordText.Escape(task.Request.Model)}. " +
            $"{DiscordText.Credits(task.Price)} reserved, {balanceAfter} left; you pay only if it succeeds.");
        foreach (var note in notes)
        {
            text += $"\nNote: {DiscordText.Escape(note)}";
        }

        return DiscordRenderer.Notice(text);
    }

    /// <summary>The progress text for a notice; null for track notices, which are messages of their own.</summary>
    public static MessagePayload? Status(long taskId, Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var name = Name(taskId, notice.Title);
        return notice.Kind switch
        {
            NoticeKind.LyricsReady => DiscordRenderer.Notice($"📝 **{name}**: lyrics and arrangement written; recording…"),
            NoticeKind.FirstTrackReady => DiscordRenderer.Notice($"🎧 **{name}**: the first take is ready{StreamLink(notice.StreamUrl)}. The rest follows."),
            NoticeKind.Completed => DiscordRenderer.Notice($"✅ **{name}** is done: {notice.TrackCount} tracks below, {DiscordText.Credits(notice.Credits)} charged.") with
            {
                Components = [DiscordRenderer.Row(DiscordRenderer.Button("Regenerate", CustomIds.RegenerateTask(taskId), style: 1))],
            },
            NoticeKind.Failed => DiscordRenderer.Notice(
                $"❌ **{name}** failed: {DiscordText.Escape(notice.FailureMessage)} {DiscordText.Credits(notice.Credits)} refunded; your balance is as before.") with
            {
                Components = [DiscordRenderer.Row(DiscordRenderer.Button("Try again", CustomIds.RegenerateTask(taskId), style: 1))],
            },
            _ => null,
        };
    }

    private static string Name(long taskId, string? title) =>
        title is null ? $"Song #{taskId}" : $"Song #{taskId} “{DiscordText.Truncate(DiscordText.Escape(title), 100)}”";

    /// <summary>Only web links are shown: a local file path means nothing to a Discord user.</summary>
    private static string StreamLink(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? $": <{url}>" : "";
}
