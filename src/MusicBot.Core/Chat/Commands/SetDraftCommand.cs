using MusicBot.Core.Drafts;

namespace MusicBot.Core.Chat.Commands;

/// <summary>
/// <c>set</c>: several draft fields at once (Discord's <c>/music draft set</c>). Text platforms set one field per
/// command, so it has no text form.
/// </summary>
public sealed class SetDraftCommand(DraftService draftService) : IChatCommand
{
    public const string CommandName = "set";

    public string Name => CommandName;

    public CommandNeeds Needs => CommandNeeds.None;

    public TextParse? ParseText(string text) => null;

    public async Task<ChatReply> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var (view, refused, applied) = await DraftFields.ApplyAsync(draftService, invocation.User, invocation.Arguments, cancellationToken);
        var change = applied > 0 ? DraftChange.Updated : refused.Count == 0 ? DraftChange.NothingToChange : DraftChange.Shown;
        return new DraftReply(view, change, null, refused);
    }
}
