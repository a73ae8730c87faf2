using MusicBot.Core.Conversations;
using MusicBot.Core.Drafts;

namespace MusicBot.Core.Chat.Commands;

/// <summary>
/// Applies the draft-field arguments of an invocation (<see cref="ArgumentNames.Fields"/>) through
/// <see cref="DraftService"/>, one at a time and provider first (choosing a provider resets the model). A refused
/// value changes nothing and is reported; the other fields still apply.
/// </summary>
internal static class DraftFields
{
    public static bool AnyIn(CommandArguments arguments) => ArgumentNames.Fields.Any(f => arguments.Has(f.Name));

    public static async Task<(DraftView View, IReadOnlyList<FieldRefusal> Refused, int Applied)> ApplyAsync(
        DraftService drafts, UserRef user, CommandArguments arguments, CancellationToken cancellationToken)
    {
        DraftView? view = null;
        var refused = new List<FieldRefusal>();
        var applied = 0;
        foreach (var (name, field) in ArgumentNames.Fields)
        {
            if (arguments.Text(name) is not { } value)
            {
                continue;
            }

            var edit = await drafts.SetAsync(user, field, value, cancellationToken);
            view = edit.View;
            if (edit.Refusal is { } refusal)
            {
                refused.Add(refusal);
            }
            else
            {
                applied++;
            }
        }

        return (view ?? await drafts.ShowAsync(user, cancellationToken), refused, applied);
    }
}
