using System.Globalization;
using MusicBot.Core.Delivery;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Discord.Commands;
using MusicBot.Core.Validation;
using MusicBot.Discord.Json;
using MusicBot.Messages;

namespace MusicBot.Discord.Rendering;

/// <summary>
/// The progress message of a task, edited in place: queued (position) → lyrics written → first take (stream link) →
/// done with Regenerate, or failed with the refund stated. Operations are worded for what they make.
/// </summary>
public static class ProgressRenderer
{
    public static MessagePayload Queued(GenerationTask task, int position, int balanceAfter, IReadOnlyList<DraftNote> notes)
    {
        ArgumentNullException.ThrowIfNull(task);
        var origin = OperationWording.Origin(task.Request.Operation) is { } from ? $" ({from})" : "";
        var cost = task.Price == 0
            ? "No credits needed."
            : $"{DiscordSyntax.Words.Credits(task.Price)} reserved, {balanceAfter} left; you pay only if it succeeds.";
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"⏳ **{OperationWording.Name(task.Id, task.Request.Title)}**{origin} is queued (position {position}) " +
            $"with {task.Provider} {DiscordText.Escape(task.Request.Model)}. {cost}");
        foreach (var note in notes)
        {
            text += $"\nNote: {DiscordText.Escape(DiscordSyntax.Words.Note(note))}";
        }

        return DiscordRenderer.Notice(text);
    }

    /// <summary>The progress text for a notice; null for track and lyrics notices, which are messages of their own.</summary>
    public static MessagePayload? Status(long taskId, Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        // A finished task is titled after its first track, which for stems is one stem ("… (vocals)"): the stems
        // themselves follow with their titles, so the summary names only the number.
        var title = notice is Notice.Completed { Operation: OperationKind.Stems } ? null : notice.Title;
        var name = OperationWording.Name(taskId, title);
        return notice switch
        {
            Notice.LyricsReady when notice.Operation.MakesMusic() => DiscordRenderer.Notice($"📝 **{name}**: lyrics and arrangement written; recording…"),
            Notice.LyricsReady => DiscordRenderer.Notice($"⏳ **{name}**: the provider is working on it…"),
            Notice.FirstTrackReady first => DiscordRenderer.Notice($"🎧 **{name}**: the first take is ready{StreamLink(first.StreamUrl)}. The rest follows."),
            Notice.Completed done => DiscordRenderer.Notice(OperationWording.Done(name, notice.Operation, done.TrackCount, done.Credits)) with
            {
                Components = notice.Operation is OperationKind.Wav or OperationKind.Stems or OperationKind.Lyrics ? null : Again("Regenerate", taskId),
            },
            Notice.Failed failed => DiscordRenderer.Notice(
                $"❌ **{name}** failed: {DiscordText.Escape(DiscordSyntax.Words.Failure(failed.Failure))} {DiscordSyntax.Words.Refund(failed.Credits)}") with
            {
                Components = notice.Operation is OperationKind.Lyrics ? null : Again("Try again", taskId),
            },
            _ => null,
        };
    }

    /// <summary>
    /// The same request once more. Not offered for a WAV copy or stems (the same take gives the same files) nor for AI
    /// lyrics, whose private answer a public button could not continue; <c>/music lyrics-ai</c> asks again.
    /// </summary>
    private static List<Component> Again(string label, long taskId) =>
        [DiscordRenderer.Row(DiscordRenderer.Button(label, CustomIds.RegenerateTask(taskId), style: ButtonStyles.Primary))];

    /// <summary>Only web links are shown: a local file path means nothing to a Discord user.</summary>
    private static string StreamLink(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? $": <{url}>" : "";
}
