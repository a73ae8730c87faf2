using MusicBot.Core.Drafts;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Json;
using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Commands;

/// <summary>
/// <c>/music draft show|set|lyrics|clear</c>, the draft preview's buttons (Edit lyrics, Instrumental, Clear) and the
/// lyrics modal. Replies are ephemeral: a draft is the user's own business until it becomes a song.
/// </summary>
public sealed class DraftHandler(DraftService drafts, LyricsFileReader lyricsFiles) : IInteractionHandler
{
    public async Task<InteractionReply> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Interaction.Type switch
        {
            5 => await SubmitLyricsAsync(context, ModalValue(context.Interaction.Data?.Components, CustomIds.LyricsInput), cancellationToken),
            3 => await ButtonAsync(context, cancellationToken),
            _ => await CommandAsync(context, cancellationToken),
        };
    }

    private async Task<InteractionReply> CommandAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        switch (context.Path)
        {
            case "draft set":
                var options = await DraftOptions.ApplyAsync(drafts, context, cancellationToken);
                var headline = options.Applied > 0 ? "Draft updated." : options.Problems.Count == 0 ? "Nothing to change: give at least one option." : null;
                return Private(DraftRenderer.Preview(options.View, headline, options.Problems));
            case "draft lyrics" when context.AttachmentOf("file") is { } file:
                var read = await lyricsFiles.ReadAsync(file, cancellationToken);
                return read.Text is null
                    ? Private(DiscordRenderer.Notice(read.Problem!))
                    : await SubmitLyricsAsync(context, read.Text, cancellationToken);
            case "draft lyrics":
                return await LyricsModalAsync(context, cancellationToken);
            case "draft clear":
                return Private(DraftRenderer.Preview(await drafts.ClearAsync(context.User, cancellationToken), "Draft cleared."));
            default:
                return Private(DraftRenderer.Preview(await drafts.ShowAsync(context.User, cancellationToken)));
        }
    }

    private async Task<InteractionReply> ButtonAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        switch (CustomIds.Action(context.CustomId))
        {
            case CustomIds.EditLyrics:
                return await LyricsModalAsync(context, cancellationToken);
            case CustomIds.Instrumental:
                var current = await drafts.ShowAsync(context.User, cancellationToken);
                var edit = await drafts.SetAsync(context.User, DraftField.Instrumental, current.Draft.Instrumental ? "off" : "on", cancellationToken);
                return new InteractionReply.Update(DraftRenderer.Preview(edit.View, edit.View.Draft.Instrumental ? "Instrumental on: no vocals." : "Instrumental off."));
            default:
                return new InteractionReply.Update(DraftRenderer.Preview(await drafts.ClearAsync(context.User, cancellationToken), "Draft cleared."));
        }
    }

    private async Task<InteractionReply> LyricsModalAsync(InteractionContext context, CancellationToken cancellationToken) =>
        new InteractionReply.Modal(DraftRenderer.LyricsModal((await drafts.ShowAsync(context.User, cancellationToken)).Draft.Lyrics));

    private async Task<InteractionReply> SubmitLyricsAsync(InteractionContext context, string? lyrics, CancellationToken cancellationToken)
    {
        var edit = await drafts.SetAsync(context.User, DraftField.Lyrics, lyrics, cancellationToken);
        return Private(edit.IsApplied
            ? DraftRenderer.Preview(edit.View, "Lyrics saved.")
            : DraftRenderer.Preview(edit.View, null, [edit.Problem!]));
    }

    private static InteractionReply.Message Private(MessagePayload message) => new InteractionReply.Message(message, IsEphemeral: true);

    /// <summary>
    /// A text input's value in a modal submit, in either layout: a Label (type 18) holding one <c>component</c>, or
    /// the legacy action row (type 1) holding <c>components</c> (reference A3.2).
    /// </summary>
    public static string? ModalValue(IEnumerable<Component>? components, string customId)
    {
        foreach (var component in components ?? [])
        {
            List<Component> children = component.Child is { } single ? [single] : component.Components ?? [component];
            var match = children.FirstOrDefault(c => c.CustomId == customId && c.Type == Component.TextInputType);
            if (match is not null)
            {
                return match.Value;
            }
        }

        return null;
    }
}
