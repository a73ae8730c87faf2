using MusicBot.Core.Drafts;

namespace MusicBot.Core.Chat.Commands;

/// <summary>
/// Sets one draft field (<c>/style</c>, <c>/lyrics</c>, <c>/title</c>, <c>/model</c>, …). The fields differ only
/// in their parsing, which <see cref="DraftService"/> owns, so one class serves them all.
/// </summary>
public sealed class DraftFieldCommand(DraftFieldSpec spec, DraftService draftService, IDraftRepository drafts) : IChatCommand
{
    public string Name => spec.Name;

    public CommandHelp Help => new(spec.Usage, spec.Summary, false);

    public async Task<ChatReply> HandleAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (arguments.Length > 0)
        {
            var edit = await draftService.SetAsync(message.User, spec.Field, arguments, cancellationToken);
            return edit.IsApplied
                ? new DraftReply($"{Headline()} set.", edit.View)
                : new DraftRefusedReply(edit.Problem!, edit.View);
        }

        if (spec.AsksWhenEmpty)
        {
            await drafts.SetAwaitedFieldAsync(message.User, spec.Field, cancellationToken);
            return new AwaitingInputReply(spec.Field);
        }

        var view = await draftService.ShowAsync(message.User, cancellationToken);
        return spec.Field switch
        {
            DraftField.Provider => new ChoicesReply(spec.Field, view.Provider, view.AvailableProviders),
            DraftField.Model => new ChoicesReply(spec.Field, view.Model, view.Models),
            _ => new UsageReply(spec.Usage, $"{DraftFieldNames.Display(spec.Field)} needs a value."),
        };
    }

    private string Headline()
    {
        var name = DraftFieldNames.Display(spec.Field);
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
