using MusicBot.Core.Drafts;
using MusicBot.Discord.Interactions;

namespace MusicBot.Discord.Commands;

/// <summary>
/// Applies the draft options of <c>/music draft set</c> and <c>/music generate</c> through <see cref="DraftService"/>,
/// one field at a time and provider first (choosing a provider resets the model). A refused value changes nothing and
/// is reported; the other fields still apply.
/// </summary>
internal static class DraftOptions
{
    private static readonly (string Option, DraftField Field)[] Fields =
    [
        ("provider", DraftField.Provider),
        ("model", DraftField.Model),
        ("style", DraftField.Style),
        ("lyrics", DraftField.Lyrics),
        ("title", DraftField.Title),
        ("instrumental", DraftField.Instrumental),
        ("negative_tags", DraftField.NegativeTags),
        ("vocal_gender", DraftField.VocalGender),
    ];

    public static async Task<DraftOptionsResult> ApplyAsync(DraftService drafts, InteractionContext context, CancellationToken cancellationToken)
    {
        DraftView? view = null;
        var problems = new List<string>();
        var applied = 0;
        foreach (var (option, field) in Fields)
        {
            var value = field == DraftField.Instrumental
                ? context.FlagOf(option) is { } on ? (on ? "on" : "off") : null
                : context.TextOf(option);
            if (value is null)
            {
                continue;
            }

            var edit = await drafts.SetAsync(context.User, field, value, cancellationToken);
            view = edit.View;
            if (edit.IsApplied)
            {
                applied++;
            }
            else
            {
                problems.Add(edit.Problem!);
            }
        }

        return new DraftOptionsResult(view ?? await drafts.ShowAsync(context.User, cancellationToken), problems, applied);
    }
}

internal sealed record DraftOptionsResult(DraftView View, IReadOnlyList<string> Problems, int Applied);
