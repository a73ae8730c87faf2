using MusicBot.Core.Failures;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Audio;
using MusicBot.Infrastructure.Providers.Local.Audio;

namespace MusicBot.Infrastructure.Providers.Local;

/// <summary>
/// Renders what the offline provider's tasks deliver into the tracks folder: new takes, extended takes and stems.
/// Each is a WAV master, the source of truth that extensions, stems and WAV copies read; what the user is sent to
/// listen to is its tagged MP3 when ffmpeg can make one, else the master itself. A file that is already there is
/// kept, so a poll after a restart finds the same audio.
/// </summary>
internal sealed class LocalRenders(LocalFolders folders, Mp3Encoder encoder)
{
    private static readonly ProviderFailure SourceGone = new("source-gone", new TaskFailure.SourceGone(ProviderNames.Local, IsAudioFile: true));

    private static readonly ProviderFailure SourceDamaged = new("source-damaged", new TaskFailure.SourceDamaged(ProviderNames.Local));

    private static readonly ProviderFailure SourceChanged = new("source-changed", new TaskFailure.SourceChanged(ProviderNames.Local));

    public async Task<Rendered> NewTakeAsync(string jobId, int take, MusicPlan plan, AudioTags tags, CancellationToken cancellationToken)
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

        return await ForListeningAsync(path, tags, cancellationToken);
    }

    /// <summary>The source take's own audio up to the cut, then the new section.</summary>
    public async Task<(Rendered? File, ProviderFailure? Failure)> ExtensionAsync(
        string jobId, int take, TakeRecipe.Extension recipe, TrackOperation operation, AudioTags tags, CancellationToken cancellationToken)
    {
        var path = folders.TrackFile($"{jobId}-{take}");
        if (File.Exists(path))
        {
            return (await ForListeningAsync(path, tags, cancellationToken), null);
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
        return (await ForListeningAsync(path, tags, cancellationToken), null);
    }

    /// <summary>
    /// One file per part of the source take, rendered again part by part. They are checked against the source audio
    /// the user heard before they are written, so they always add up to it.
    /// </summary>
    public async Task<(IReadOnlyList<(Stem Stem, Rendered File)>? Stems, ProviderFailure? Failure)> StemsAsync(
        string jobId, TakeRecipe recipe, TrackOperation operation, Func<Stem, AudioTags> tagsOf, CancellationToken cancellationToken)
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

        var files = new List<(Stem, Rendered)>();
        foreach (var stem in stems)
        {
            files.Add((stem, await ForListeningAsync(paths[stem], tagsOf(stem), cancellationToken)));
        }

        return (files, null);
    }

    /// <summary>The source take's WAV master itself: a lossless copy needs no rendering.</summary>
    public (Rendered? File, ProviderFailure? Failure) Master(TrackOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (folders.MasterFile(operation.SourceAudioUrl) is not { } path || !File.Exists(path))
        {
            return (null, SourceGone);
        }

        return new FileInfo(path).Length < WavFormat.HeaderSize ? (null, SourceDamaged) : (Rendered.Of(path), null);
    }

    /// <summary>The stem's name as files and track titles show it.</summary>
    public static string Name(Stem stem) => stem.ToString().ToLowerInvariant();

    // What the user heard may be the master's MP3; the samples come from the master, exactly as rendered.
    private async Task<(short[]? Samples, ProviderFailure? Failure)> ReadSourceAsync(TrackOperation operation, CancellationToken cancellationToken)
    {
        if (folders.MasterFile(operation.SourceAudioUrl) is not { } path || !File.Exists(path))
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

    // The master's own length is the song's: the MP3's frames add the encoder's few milliseconds of delay and padding.
    private async Task<Rendered> ForListeningAsync(string master, AudioTags tags, CancellationToken cancellationToken)
    {
        var rendered = Rendered.Of(master);
        var mp3 = LocalFolders.ListeningFile(master);
        var isEncoded = File.Exists(mp3)
            || await encoder.EncodeAsync(master, TimeSpan.FromSeconds(rendered.DurationSeconds), mp3, tags, cancellationToken) is not null;
        return isEncoded ? rendered with { Path = mp3 } : rendered;
    }

    public sealed record Rendered(string Path, double DurationSeconds)
    {
        public string Url => new Uri(Path).AbsoluteUri;

        /// <summary>A WAV master, measured from its size (the renderer writes a plain 44-byte header).</summary>
        public static Rendered Of(string path) =>
            new(path, (new FileInfo(path).Length - WavFormat.HeaderSize) / (double)WavFormat.ByteRate);
    }
}
