using System.Globalization;
using MusicBot.Core.Delivery;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using Telegram.Bot.Types.ReplyMarkups;
using MusicBot.Telegram.Buttons;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Delivery;

/// <summary>
/// The buttons under a delivered track: Regenerate on music, and the operations Core offers on the take now
/// (<see cref="ProviderDirectory.OperationsOnTake"/>); a WAV copy or a stem is an end product and gets none.
/// </summary>
public sealed class TrackKeyboards(IGenerationTaskRepository tasks, ProviderDirectory directory)
{
    public async Task<InlineKeyboardMarkup?> ForAsync(Words words, PendingDelivery delivery, Notice.TrackReady notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(notice);
        if (!notice.Operation.MakesMusic())
        {
            return null;
        }

        var owner = long.TryParse(delivery.User.UserId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        var provider = (await tasks.GetAsync(delivery.TaskId, cancellationToken))?.Provider;
        var offered = provider is null ? [] : directory.OperationsOnTake(provider, notice.Operation);
        return Keyboards.Track(words, delivery.TaskId, notice.Take, owner, offered);
    }
}
