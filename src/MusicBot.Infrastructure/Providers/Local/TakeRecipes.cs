using MusicBot.Core.Failures;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Local.Audio;

namespace MusicBot.Infrastructure.Providers.Local;

/// <summary>
/// Works out a take's <see cref="TakeRecipe"/> from the jobs on disk: an extension names its source job and take,
/// which may itself be an extension, back to a new song.
/// </summary>
internal sealed class TakeRecipes(LocalJobStore jobs)
{
    // An extension adds at least eight seconds and songs stop at five minutes, so real chains are far shorter.
    private const int MaxDepth = 64;

    private static readonly int MaxFrames = DspMath.Frames(TrackSynthesizer.MaxDuration.TotalSeconds);

    /// <summary>The recipe of take <paramref name="take"/> of a job that makes music (a new song or an extension).</summary>
    public Task<Resolved> OfTakeAsync(LocalJob job, int take, CancellationToken cancellationToken) =>
        ResolveAsync(job.Request, take, 0, cancellationToken);

    /// <summary>The recipe of the take an operation works on.</summary>
    public Task<Resolved> OfSourceAsync(TrackOperation operation, CancellationToken cancellationToken) =>
        SourceAsync(operation, 0, cancellationToken);

    private async Task<Resolved> ResolveAsync(GenerationRequest request, int take, int depth, CancellationToken cancellationToken)
    {
        if (request.Operation is not { } operation)
        {
            return new Resolved(new TakeRecipe.NewSong(StylePlanner.Plan(request.Style ?? "", take)));
        }

        if (operation.Kind != OperationKind.Extend)
        {
            return Problem("not-music", new TaskFailure.SourceNotMusic(ProviderNames.Local, operation.Kind));
        }

        var source = await SourceAsync(operation, depth + 1, cancellationToken);
        if (source.Recipe is not { } earlier)
        {
            return source;
        }

        var cut = operation.ContinueAtSeconds is { } seconds
            ? Math.Clamp((int)Math.Round(seconds * DspMath.SampleRate), 1, earlier.Frames)
            : earlier.EndingFrame;
        var extension = new TakeRecipe.Extension(earlier, cut, ContinuationPlanner.Continue(earlier.LastPlan, take));
        if (extension.Frames > MaxFrames)
        {
            var wouldRun = (int)Math.Round(extension.Frames / (double)DspMath.SampleRate);
            return Problem("too-long", new TaskFailure.ExtensionTooLong(ProviderNames.Local, (int)TrackSynthesizer.MaxDuration.TotalMinutes, wouldRun));
        }

        return new Resolved(extension);
    }

    private async Task<Resolved> SourceAsync(TrackOperation operation, int depth, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth || operation.SourceProviderTaskId is not { } sourceId || operation.SourceTrackIndex is not { } take)
        {
            return Problem("no-source", new TaskFailure.NoSource(ProviderNames.Local));
        }

        var job = await jobs.FindAsync(sourceId, cancellationToken);
        if (job is null)
        {
            return Problem("source-gone", new TaskFailure.SourceGone(ProviderNames.Local, IsAudioFile: false));
        }

        if (take is < 1 or > LocalMusicProvider.TakesPerSong)
        {
            return Problem("no-source", new TaskFailure.SourceTakeOutOfRange(ProviderNames.Local, LocalMusicProvider.TakesPerSong, take));
        }

        return await ResolveAsync(job.Request, take, depth, cancellationToken);
    }

    private static Resolved Problem(string code, TaskFailure reason) => new(null, new ProviderFailure(code, reason));

    public sealed record Resolved(TakeRecipe? Recipe, ProviderFailure? Failure = null);
}
