using System.Globalization;
using MusicBot.Core.Delivery;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using Telegram.Bot.Types.ReplyMarkups;
using MusicBot.Telegram.Buttons;

namespace MusicBot.Telegram.Delivery;

/// <summary>
/// The buttons under a delivered track. Music (a song, an extension, added vocals or instrumental) gets Regenerate
/// and whichever of Extend, WAV and Stems the task's provider offers now; a WAV copy or a stem is an end product
/// and gets none, as Core would refuse to work on it.
/// </summary>
public sealed class TrackKeyboards(IGenerationTaskRepository tasks, ProviderDirectory directory)
{
    private static readonly OperationKind[] OnATake = [OperationKind.Extend, OperationKind.Wav, OperationKind.Stems];

    public async Task<InlineKeyboardMarkup?> ForAsync(PendingDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var isMusic = delivery.Notice.Operation?.MakesMusic() ?? true;
        if (!isMusic || delivery.Notice.Track is not { } track)
        {
            return null;
        }

        var owner = long.TryParse(delivery.User.UserId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        var provider = (await tasks.GetAsync(delivery.TaskId, cancellationToken))?.Provider;
        var offered = provider is null ? [] : OnATake.Where(kind => directory.Supports(provider, kind)).ToList();
        return Keyboards.Track(delivery.TaskId, track.Index, owner, offered);
    }
}
