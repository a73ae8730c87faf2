using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Delivery;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Delivery;

/// <summary>
/// What a track message needs beyond the notice: whether Core offers Extend on the take now
/// (<see cref="ProviderDirectory.OperationsOnTake"/>). The take number is the notice's own (Core counts takes). The
/// repository and the directory are scoped, and the delivery channel is not, so each read has a scope of its own.
/// </summary>
public sealed class TrackViewReader(IServiceScopeFactory scopes)
{
    public async Task<TrackView> ReadAsync(long taskId, Notice.TrackReady notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await using var scope = scopes.CreateAsyncScope();
        var task = await scope.ServiceProvider.GetRequiredService<IGenerationTaskRepository>().GetAsync(taskId, cancellationToken);
        var directory = scope.ServiceProvider.GetRequiredService<ProviderDirectory>();
        var canExtend = task is not null && directory.OperationsOnTake(task.Provider, notice.Operation).Contains(OperationKind.Extend);
        return new TrackView(taskId, notice.Take, notice.Operation, canExtend);
    }
}
