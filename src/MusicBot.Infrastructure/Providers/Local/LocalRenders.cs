using MusicBot.Core.Failures;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Local.Audio;

namespace MusicBot.Infrastructure.Providers.Local;

/// <summary>
/// Renders what the offline provider's tasks deliver into the tracks folder: new takes, extended takes and stems.
/// A file that is already there is kept, so a poll after a restart finds the same audio.
/// </summary>
internal sealed class LocalRenders(LocalFolders folders)
{
    private static readonly ProviderFailure SourceGone = new("source-gone", new TaskFailure.SourceGone(ProviderNames.Local, IsAudioFile: true));

    private static readonly ProviderFailure SourceDamaged = new("source-damaged", new TaskFailure.SourceDamaged(ProviderNames.Local));

    private static readonly ProviderFailure SourceChanged = new("source-changed", new TaskFailure.SourceChanged(ProviderNames.Local));

    public async Task<Rendered> NewTakeAsync(string jobId, int take, MusicPlan plan)
    {
        var path = folders.TrackFile($"{jobId}-{take}");
        if (!File.Exists(path))
        {
            await AtomicFile.WriteAsync(path, stream =>
            {
                TrackSynthesizer.Render(plan, stream);
                return Task.CompletedTask;
            });
        }

        return Rendered.Of(path);
    }

    /// <summary>The source take's own audio up to the cut, then the new section.</summary>
    public async Task<(Rendered? File, ProviderFailure? Failure)> ExtensionAsync(
        string jobId, int take, TakeRecipe.Extension recipe, TrackOperation operation, CancellationToken cancellationToken)
    {
        var path = folders.TrackFile($"{jobId}-{take}");
        if (File.Exists(path))
        {
            return (Rendered.Of(path), null);
        }

        var (source, failure) = await ReadSourceAsync(operation, cancellationToken);
        if (source is null)
        {
            return (null, failure);
        }

        var cut = Math.Min(recipe.Cut, source.Length / 2);
        var continuation = TrackSynthesizer.RenderTake(recipe.Continuation, isContinuation: true, withStems: false).Mix;
        var samples = new short[(2 * cut) + continuation.Length];
        var kept = Math.Min(source.Length / 2, cut + Splice.Overlap);
        Array.Copy(source, samples, 2 * kept);
        Splice.Into(samples, kept, cut, continuation);
        await AtomicFile.WriteWavAsync(path, samples);
        return (Rendered.Of(path), null);
    }

    /// <summary>
    /// One file per part of the source take, rendered again part by part. They are checked against the source audio
    /// the user heard before they are written, so they always add up to it.
    /// </summary>
    public async Task<(IReadOnlyList<(Stem Stem, Rendered File)>? Stems, ProviderFailure? Failure)> StemsAsync(
        string jobId, TakeRecipe recipe, TrackOperation operation, CancellationToken cancellationToken)
    {
        var stems = StemsOf(recipe).Order().ToList();
        var paths = stems.ToDictionary(s => s, s => folders.TrackFile($"{jobId}-{Name(s)}"));
        if (!paths.Values.All(File.Exists))
        {
            var (source, failure) = await ReadSourceAsync(operation, cancellationToken);
            if (source is null)
            {
                return (null, failure);
            }

            var targets = stems.ToDictionary(s => s, _ => new short[2 * recipe.Frames]);
            Fill(recipe, targets, recipe.Frames);
            if (!AddsUpTo(source, targets.Values))
            {
                return (null, SourceChanged);
            }

            foreach (var stem in stems)
            {
                await AtomicFile.WriteWavAsync(paths[stem], targets[stem]);
            }
        }

        return (stems.Select(s => (s, Rendered.Of(paths[s]))).ToList(), null);
    }

    /// <summary>The stem's name as files and track titles show it.</summary>
    public static string Name(Stem stem) => stem.ToString().ToLowerInvariant();

    private async Task<(short[]? Samples, ProviderFailure? Failure)> ReadSourceAsync(TrackOperation operation, CancellationToken cancellationToken)
    {
        if (folders.RenderedFile(operation.SourceAudioUrl) is not { } path || !File.Exists(path))
        {
            return (null, SourceGone);
        }

        try
        {
            return (WavFormat.Read(await File.ReadAllBytesAsync(path, cancellationToken)), null);
        }
        catch (InvalidDataException)
        {
            return (null, SourceDamaged);
        }
    }

    // Each stem is rounded to 16 bits on its own, so its sum may be a few steps off the mix; a take rendered by
    // another version of the synthesizer is off by far more.
    private static bool AddsUpTo(short[] mix, IEnumerable<short[]> stems)
    {
        const int Tolerance = 16;
        var parts = stems.ToArray();
        if (parts.Any(p => p.Length != mix.Length))
        {
            return false;
        }

        for (var i = 0; i < mix.Length; i++)
        {
            var sum = 0;
            foreach (var part in parts)
            {
                sum += part[i];
            }

            if (Math.Abs(sum - mix[i]) > Tolerance)
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<Stem> StemsOf(TakeRecipe recipe) => recipe switch
    {
        TakeRecipe.NewSong song => [.. TrackSynthesizer.StemsOf(song.Plan)],
        TakeRecipe.Extension extension => [.. StemsOf(extension.Source), .. TrackSynthesizer.StemsOf(extension.Continuation)],
        _ => throw new ArgumentOutOfRangeException(nameof(recipe), recipe.GetType().Name, null),
    };

    // Renders the recipe's first `limit` frames into the stem buffers and returns how many it wrote. An extension
    // renders its source only as far as the splice needs, so a long chain holds one section at a time.
    private static int Fill(TakeRecipe recipe, Dictionary<Stem, short[]> targets, int limit)
    {
        switch (recipe)
        {
            case TakeRecipe.NewSong song:
            {
                var take = TrackSynthesizer.RenderTake(song.Plan);
                var frames = Math.Min(limit, take.Frames);
                foreach (var (stem, samples) in take.Stems)
                {
                    Array.Copy(samples, targets[stem], 2 * frames);
                }

                return frames;
            }

            case TakeRecipe.Extension extension:
            {
                var kept = Fill(extension.Source, targets, Math.Min(limit, extension.Cut + Splice.Overlap));
                if (limit <= extension.Cut)
                {
                    return kept;
                }

                var continuation = TrackSynthesizer.RenderTake(extension.Continuation, isContinuation: true);
                var frames = Math.Min(limit - extension.Cut, continuation.Frames);
                var silence = new short[2 * frames];
                foreach (var (stem, target) in targets)
                {
                    var part = continuation.Stems.TryGetValue(stem, out var samples) ? samples.AsSpan(0, 2 * frames) : silence;
                    Splice.Into(target, kept, extension.Cut, part);
                }

                return extension.Cut + frames;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(recipe), recipe.GetType().Name, null);
        }
    }

    public sealed record Rendered(string Path, double DurationSeconds)
    {
        public string Url => new Uri(Path).AbsoluteUri;

        public static Rendered Of(string path) =>
            new(path, (new FileInfo(path).Length - WavFormat.HeaderSize) / (double)WavFormat.ByteRate);
    }
}
