using MusicBot.Core.Operations;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Interactions;

/// <summary>
/// Maps an interaction to its handler by type and name: slash commands by command and subcommand path, buttons and
/// modals by the prefix of their custom id. Explicit, like the registration of the commands themselves.
/// </summary>
public static class InteractionRouter
{
    public static InteractionRoute? Route(InteractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interaction = context.Interaction;
        return interaction.Type switch
        {
            InteractionTypes.ApplicationCommand when interaction.Data?.Name == CommandNames.Music => Music(context.Path, context.Options.ContainsKey("file")),
            InteractionTypes.ApplicationCommand when interaction.Data?.Name == CommandNames.Quota => new(typeof(QuotaHandler), DeferKind.Ephemeral, $"quota {context.Path}"),
            InteractionTypes.Component => Component(context.CustomId),
            InteractionTypes.ModalSubmit when context.CustomId == CustomIds.LyricsModal => new(typeof(DraftHandler), DeferKind.Ephemeral, "lyrics modal"),
            _ => null,
        };
    }

    private static InteractionRoute? Music(string path, bool hasFile) => path switch
    {
        "generate" => new(typeof(GenerateHandler), DeferKind.Public, "generate"),
        // Without a file it opens the modal (which cannot be deferred); with one it downloads, which may take a while.
        "draft lyrics" => new(typeof(DraftHandler), hasFile ? DeferKind.Ephemeral : DeferKind.None, "draft lyrics"),
        "draft show" or "draft set" or "draft clear" => new(typeof(DraftHandler), DeferKind.Ephemeral, path),
        "credits" or "history" => new(typeof(AccountHandler), DeferKind.Ephemeral, path),
        // AI lyrics go into the draft, which is the user's own business; the other operations make public results.
        _ when OperationSubcommands.KindOf(path) is { } kind =>
            new(typeof(OperationHandler), kind == OperationKind.Lyrics ? DeferKind.Ephemeral : DeferKind.Public, path),
        _ => null,
    };

    private static InteractionRoute? Component(string customId) => CustomIds.Action(customId) switch
    {
        CustomIds.Generate or CustomIds.Regenerate => new(typeof(GenerateHandler), DeferKind.Public, "button generate"),
        CustomIds.Extend => new(typeof(OperationHandler), DeferKind.Public, "button extend"),
        CustomIds.EditLyrics => new(typeof(DraftHandler), DeferKind.None, "button lyrics"),
        CustomIds.Instrumental or CustomIds.Clear => new(typeof(DraftHandler), DeferKind.Update, "button draft"),
        _ => null,
    };
}
