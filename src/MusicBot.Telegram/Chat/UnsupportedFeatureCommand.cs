using MusicBot.Core.Drafts;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Chat;

/// <summary>
/// <c>/extend</c>, <c>/addvocals</c>, <c>/addinstrumental</c>, <c>/lyricsai</c>, <c>/wav</c>, <c>/stems</c>: operations
/// that need provider calls Core does not expose yet. The user learns that plainly, for the provider they use,
/// instead of getting "unknown command"; nothing is charged.
/// </summary>
public sealed class UnsupportedFeatureCommand(FeatureSpec spec, DraftService drafts) : ITelegramCommand
{
    public string Name => spec.Name;

    public async Task<OutgoingMessage> HandleAsync(ChatContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var view = await drafts.ShowAsync(context.User, cancellationToken);
        return new OutgoingMessage(
            $"/{spec.Name} ({Html.Escape(spec.Description)}) is not available with {Html.Escape(view.Provider)} yet. Nothing was charged.");
    }
}
