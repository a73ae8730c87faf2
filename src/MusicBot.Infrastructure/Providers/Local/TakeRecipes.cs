using System.Globalization;
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
            return Problem("not-music", $"A {operation.Kind.ConfigName()} result is not a song the offline renderer can continue or split.");
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
            return Problem("too-long", string.Create(
                CultureInfo.InvariantCulture,
                $"The offline renderer makes songs up to {TrackSynthesizer.MaxDuration.TotalMinutes:0} minutes, and this extension would run to {Minutes(extension.Frames)}. Extend from an earlier point (from <seconds>) or an earlier song."));
        }

        return new Resolved(extension);
    }

    private async Task<Resolved> SourceAsync(TrackOperation operation, int depth, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth || operation.SourceProviderTaskId is not { } sourceId || operation.SourceTrackIndex is not { } take)
        {
            return Problem("no-source", "The request does not say which offline take to work on.");
        }

        var job = await jobs.FindAsync(sourceId, cancellationToken);
        if (job is null)
        {
            return Problem("source-gone",
                "The offline renderer no longer has the record of the source song (its local-jobs folder was cleared). Make a new song and try that.");
        }

        if (take is < 1 or > LocalMusicProvider.TakesPerSong)
        {
            return Problem("no-source", $"The source song has takes 1–{LocalMusicProvider.TakesPerSong}, not {take}.");
        }

        return await ResolveAsync(job.Request, take, depth, cancellationToken);
    }

    private static string Minutes(int frames) => TimeSpan.FromSeconds(Math.Round(frames / (double)DspMath.SampleRate)).ToString(@"m\:ss", CultureInfo.InvariantCulture);

    private static Resolved Problem(string code, string message) => new(null, new ProviderFailure(code, message));

    public sealed record Resolved(TakeRecipe? Recipe, ProviderFailure? Failure = null);
}
