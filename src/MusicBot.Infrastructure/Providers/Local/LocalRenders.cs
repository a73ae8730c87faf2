using MusicBot.Core.Operations;
using MusicBot.Infrastructure.Providers.Local.Audio;

namespace MusicBot.Infrastructure.Providers.Local;

/// <summary>
/// Renders what the offline provider's tasks deliver into the tracks folder: new takes, extended takes and stems.
/// A file that is already there is kept, so a poll after a restart finds the same audio.
/// </summary>
internal sealed class LocalRenders(LocalFolders folders)
{
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

    /// <summary>
    /// The source take's own audio up to the cut, then the new section. Null when the source audio is not a file
    /// this provider can read any more.
    /// </summary>
    public async Task<Rendered?> ExtensionAsync(string jobId, int take, TakeRecipe.Extension recipe, TrackOperation operation, CancellationToken cancellationToken)
    {
        var path = folders.TrackFile($"{jobId}-{take}");
        if (File.Exists(path))
        {
            return Rendered.Of(path);
        }

        if (folders.RenderedFile(operation.SourceAudioUrl) is not { } sourcePath || !File.Exists(sourcePath))
        {
            return null;
        }

        var source = WavFormat.Read(await File.ReadAllBytesAsync(sourcePath, cancellationToken));
        var cut = Math.Min(recipe.Cut, source.Length / 2);
        var continuation = TrackSynthesizer.RenderTake(recipe.Continuation, isContinuation: true, withStems: false).Mix;
        var samples = new short[(2 * cut) + continuation.Length];
        var kept = Math.Min(source.Length / 2, cut + Splice.Overlap);
        Array.Copy(source, samples, 2 * kept);
        Splice.Into(samples, kept, cut, continuation);
        await AtomicFile.WriteWavAsync(path, samples);
        return Rendered.Of(path);
    }

    /// <summary>One file per part of the source take, rendered again part by part; together they add up to its mix.</summary>
    public async Task<IReadOnlyList<(Stem Stem, Rendered File)>> StemsAsync(string jobId, TakeRecipe source)
    {
        var stems = StemsOf(source).Order().ToList();
        var paths = stems.ToDictionary(s => s, s => folders.TrackFile($"{jobId}-{Name(s)}"));
        if (!paths.Values.All(File.Exists))
        {
            var targets = stems.ToDictionary(s => s, _ => new short[2 * source.Frames]);
            Fill(source, targets, source.Frames);
            foreach (var stem in stems)
            {
                await AtomicFile.WriteWavAsync(paths[stem], targets[stem]);
            }
        }

        return stems.Select(s => (s, Rendered.Of(paths[s]))).ToList();
    }

    /// <summary>The stem's name as files and track titles show it.</summary>
    public static string Name(Stem stem) => stem.ToString().ToLowerInvariant();

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
