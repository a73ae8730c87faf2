using MusicBot.Discord.Commands;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Rendering;

/// <summary>What kind of interaction a reply answers, since Discord answers a button or a form otherwise than a command.</summary>
public enum ReplySource
{
    Command,

    /// <summary>A button on a draft preview: the answer replaces that message.</summary>
    DraftButton,

    /// <summary>A button on a song or take (Regenerate, Extend).</summary>
    SongButton,

    /// <summary>The lyrics form, or a lyrics file.</summary>
    Lyrics,
}

public static class ReplySources
{
    /// <summary>The source of <paramref name="context"/>'s interaction.</summary>
    public static ReplySource Of(InteractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Interaction.Type switch
        {
            InteractionTypes.ModalSubmit => ReplySource.Lyrics,
            InteractionTypes.Component when CustomIds.Action(context.CustomId) is CustomIds.Regenerate or CustomIds.Extend => ReplySource.SongButton,
            InteractionTypes.Component => ReplySource.DraftButton,
            _ => ReplySource.Command,
        };
    }
}
