using MusicBot.Core.Chat;
using MusicBot.Core.Chat.Commands;
using MusicBot.Core.Songs;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Json;
using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Commands;

/// <summary>
/// <c>/music draft show|set|lyrics|clear</c>, the draft preview's buttons (Edit lyrics, Instrumental, Clear) and the
/// lyrics modal. Replies are ephemeral: a draft is the user's own business until it becomes a song.
/// </summary>
public sealed class DraftHandler(ChatCommandRouter router, LyricsFileReader lyricsFiles) : IInteractionHandler
{
    /// <summary>The value of the instrumental switch that flips it (the preview's button toggles).</summary>
    public const string Toggle = "toggle";

    public async Task<InteractionReply> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Interaction.Type switch
        {
            InteractionTypes.ModalSubmit => await LyricsAsync(context, ModalValue(context.Interaction.Data?.Components, CustomIds.LyricsInput), cancellationToken),
            InteractionTypes.Component => await ButtonAsync(context, cancellationToken),
            _ => await CommandAsync(context, cancellationToken),
        };
    }

    private async Task<InteractionReply> CommandAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        switch (context.Path)
        {
            case "draft set":
                return await InvokeAsync(context, SetDraftCommand.CommandName, DiscordInvocations.OptionsOf(context), cancellationToken);
            case "draft lyrics" when context.AttachmentOf("file") is { } file:
                var read = await lyricsFiles.ReadAsync(file, cancellationToken);
                return read.Text is null
                    ? new InteractionReply.Message(DiscordRenderer.Notice(read.Problem!), IsEphemeral: true)
                    : await LyricsAsync(context, read.Text, cancellationToken);
            case "draft lyrics":
                return await LyricsModalAsync(context, cancellationToken);
            case "draft clear":
                return await InvokeAsync(context, "clear", CommandArguments.None, cancellationToken);
            default:
                return await InvokeAsync(context, "draft", CommandArguments.None, cancellationToken);
        }
    }

    private async Task<InteractionReply> ButtonAsync(InteractionContext context, CancellationToken cancellationToken) => CustomIds.Action(context.CustomId) switch
    {
        CustomIds.EditLyrics => await LyricsModalAsync(context, cancellationToken),
        CustomIds.Instrumental => await InvokeAsync(context, "instrumental", CommandArguments.Of((ArgumentNames.Of(DraftField.Instrumental), Toggle)), cancellationToken),
        _ => await InvokeAsync(context, "clear", CommandArguments.None, cancellationToken),
    };

    /// <summary>The lyrics form, prefilled with the draft's lyrics; a modal is the adapter's own way to ask for text.</summary>
    private async Task<InteractionReply> LyricsModalAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var reply = await router.HandleAsync(DiscordInvocations.For(context, "draft", CommandArguments.None), cancellationToken);
        return new InteractionReply.Modal(DraftRenderer.LyricsModal(reply is DraftReply draft ? draft.View.Draft.Lyrics : null));
    }

    private Task<InteractionReply> LyricsAsync(InteractionContext context, string? lyrics, CancellationToken cancellationToken) =>
        InvokeAsync(context, "lyrics", CommandArguments.Of((ArgumentNames.Of(DraftField.Lyrics), lyrics)), cancellationToken);

    private async Task<InteractionReply> InvokeAsync(InteractionContext context, string command, CommandArguments arguments, CancellationToken cancellationToken) =>
        ReplyRenderer.Render(await router.HandleAsync(DiscordInvocations.For(context, command, arguments), cancellationToken), ReplySources.Of(context));

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
