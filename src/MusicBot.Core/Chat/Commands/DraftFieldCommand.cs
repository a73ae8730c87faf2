using MusicBot.Core.Drafts;
using MusicBot.Core.Songs;

namespace MusicBot.Core.Chat.Commands;

/// <summary>
/// Sets one draft field (<c>style</c>, <c>lyrics</c>, <c>title</c>, <c>model</c>, …). The fields differ only in their
/// parsing, which <see cref="DraftService"/> owns, so one class serves them all. Its text grammar is the rest of the
/// line (several lines for lyrics); without a value it asks for one, lists the choices, or says it needs one.
/// </summary>
public sealed class DraftFieldCommand(DraftFieldSpec spec, DraftService draftService, IDraftRepository drafts) : IChatCommand
{
    public string Name => spec.Name;

    public CommandNeeds Needs => CommandNeeds.None;

    public TextParse? ParseText(string text) => TextParse.Of((ArgumentNames.Of(spec.Field), string.IsNullOrWhiteSpace(text) ? null : text));

    public async Task<ChatReply> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.Arguments.Text(ArgumentNames.Of(spec.Field)) is { } value && !string.IsNullOrWhiteSpace(value))
        {
            var edit = await draftService.SetAsync(invocation.User, spec.Field, value, cancellationToken);
            return edit.Refusal is { } refusal
                ? new DraftRefusedReply(refusal, edit.View)
                : new DraftReply(edit.View, DraftChange.Set, spec.Field);
        }

        if (spec.AsksWhenEmpty)
        {
            await drafts.SetAwaitedFieldAsync(invocation.User, spec.Field, cancellationToken);
            return new AwaitingInputReply(spec.Field);
        }

        var view = await draftService.ShowAsync(invocation.User, cancellationToken);
        return spec.Field switch
        {
            DraftField.Provider => new ChoicesReply(spec.Field, view.Provider, view.AvailableProviders),
            DraftField.Model => new ChoicesReply(spec.Field, view.Model, view.Models),
            _ => new UsageReply(Name, new UsageProblem.FieldNeedsValue(spec.Field)),
        };
    }
}
