using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Delivery;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Delivery;

/// <summary>
/// Reads what a track message needs from the stored task: the take's position among the task's playable tracks (the
/// number <c>take:</c> and the Extend button mean, whatever index the provider gave it) and whether the task's provider
/// can extend it. The repository and the directory are scoped, and the delivery channel is not, so each read has a
/// scope of its own.
/// </summary>
public sealed class TrackViewReader(IServiceScopeFactory scopes)
{
    public async Task<TrackView> ReadAsync(long taskId, Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var track = notice.Track ?? throw new ArgumentException("A track notice carries its track.", nameof(notice));
        await using var scope = scopes.CreateAsyncScope();
        var tasks = scope.ServiceProvider.GetRequiredService<IGenerationTaskRepository>();
        var directory = scope.ServiceProvider.GetRequiredService<ProviderDirectory>();
        var task = await tasks.GetAsync(taskId, cancellationToken);
        var playable = (await tasks.GetTracksAsync(taskId, cancellationToken)).Where(t => t.HasAudio).OrderBy(t => t.Index).Select(t => t.Index).ToList();
        var position = playable.IndexOf(track.Index) + 1;
        var isMusic = notice.Operation?.MakesMusic() ?? true;
        var canExtend = task is not null && isMusic && directory.Supports(task.Provider, OperationKind.Extend);
        return new TrackView(taskId, position > 0 ? position : track.Index, notice.Operation, canExtend);
    }
}
