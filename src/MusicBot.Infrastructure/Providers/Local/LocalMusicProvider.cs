using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MusicBot.Core.Configuration;
using MusicBot.Core.Failures;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Core.UserText;
using MusicBot.Infrastructure.Audio;

namespace MusicBot.Infrastructure.Providers.Local;

/// <summary>
/// The offline provider: renders two instrumental takes of the style in-process, as WAV masters under
/// <c>{DataDirectory}/tracks</c>, delivered as tagged MP3 when ffmpeg can make them (<see cref="Mp3Encoder"/>) and
/// as the WAV otherwise. It behaves like a remote API: submit returns a task id at once, and polls see the stages
/// pass (lyrics, first track, complete). Its jobs are files, so a restart picks up where it left off.
/// It can also extend one of its takes (the take up to the cut, then a new section, in two takes), split one into
/// stems (each part of the arrangement rendered on its own) and hand out a take's WAV master. It has no singer, so it
/// offers no vocals or accompaniment.
/// </summary>
public sealed partial class LocalMusicProvider(
    IOptions<LocalProviderOptions> options, IOptions<MusicBotOptions> botOptions, TimeProvider time, Mp3Encoder encoder) : IMusicProvider
{
    public const int TakesPerSong = 2;

    /// <summary>The artist tag of every file it renders.</summary>
    public const string Artist = "MusicBot";

    private static readonly HashSet<OperationKind> Offered = [OperationKind.Extend, OperationKind.Wav, OperationKind.Stems];

    // What a poll sees after each stage delay. An extension writes no lyrics, and stems arrive all at once.
    private static readonly ProviderStage[] SongStages = [ProviderStage.Pending, ProviderStage.TextReady, ProviderStage.FirstTrackReady, ProviderStage.Complete];
    private static readonly ProviderStage[] ExtensionStages = [ProviderStage.Pending, ProviderStage.FirstTrackReady, ProviderStage.Complete];
    private static readonly ProviderStage[] FileStages = [ProviderStage.Pending, ProviderStage.Complete];

    private readonly LocalFolders _folders = new(botOptions);

    private LocalJobStore Jobs => new(_folders);

    private LocalRenders Renders => new(_folders, encoder);

    public string Name => ProviderNames.Local;

    public TimeSpan PollInterval => options.Value.PollInterval;

    public IReadOnlySet<OperationKind> Operations => Offered;

    public async Task<SubmitOutcome> SubmitAsync(GenerationRequest request, string correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Operation is { } operation)
        {
            // Checked now so a request that can never render is refunded at once instead of after the stages.
            var problem = Offered.Contains(operation.Kind)
                ? (await new TakeRecipes(Jobs).OfSourceAsync(operation, cancellationToken)).Failure
                : new ProviderFailure("unsupported", new TaskFailure.Unsupported(Name, operation.Kind));
            if (problem is null && operation.Kind == OperationKind.Wav)
            {
                problem = Renders.Master(operation).Failure;
            }

            if (problem is not null)
            {
                return SubmitOutcome.Rejected(problem);
            }
        }

        var job = new LocalJob($"local-{Guid.NewGuid():N}"[..18], request, time.GetUtcNow());
        await Jobs.SaveAsync(job, cancellationToken);
        return SubmitOutcome.Accepted(job.Id);
    }

    public async Task<ProviderProgress> GetProgressAsync(string providerTaskId, GenerationRequest request, CancellationToken cancellationToken)
    {
        var job = await Jobs.FindAsync(providerTaskId, cancellationToken);
        if (job is null)
        {
            return ProviderProgress.Failed(new ProviderFailure("unknown-task", new TaskFailure.UnknownTask(Name)));
        }

        var elapsed = time.GetUtcNow() - job.SubmittedAt;
        return job.Request.OperationKind switch
        {
            null => await SongAsync(job, StageAt(elapsed, SongStages), cancellationToken),
            OperationKind.Extend => await SongAsync(job, StageAt(elapsed, ExtensionStages), cancellationToken),
            OperationKind.Stems => await StemsAsync(job, StageAt(elapsed, FileStages), cancellationToken),
            OperationKind.Wav => await WavAsync(job, StageAt(elapsed, FileStages), cancellationToken),
            { } other => ProviderProgress.Failed(new ProviderFailure("unsupported", new TaskFailure.Unsupported(Name, other))),
        };
    }

    private ProviderStage StageAt(TimeSpan elapsed, ProviderStage[] stages)
    {
        var delay = options.Value.StageDelay;
        return delay <= TimeSpan.Zero ? stages[^1] : stages[(int)Math.Min(stages.Length - 1, elapsed / delay)];
    }

    private async Task<ProviderProgress> SongAsync(LocalJob job, ProviderStage stage, CancellationToken cancellationToken)
    {
        if (stage == ProviderStage.Pending)
        {
            return ProviderProgress.Pending;
        }

        var recipes = new TakeRecipes(Jobs);
        var tracks = new List<ProviderTrack>();
        for (var take = 1; take <= TakesPerSong; take++)
        {
            // Take 1 is ready at the first-track stage, take 2 at complete, as the real APIs report them.
            var placeholder = Placeholder(job, take);
            var tags = new AudioTags(placeholder.Title!, Artist);
            if (!(stage == ProviderStage.Complete || (stage == ProviderStage.FirstTrackReady && take == 1)))
            {
                tracks.Add(placeholder);
                continue;
            }

            var resolved = await recipes.OfTakeAsync(job, take, cancellationToken);
            var (rendered, failure) = resolved.Recipe switch
            {
                TakeRecipe.NewSong song => (await Renders.NewTakeAsync(job.Id, take, song.Plan, tags, cancellationToken), null),
                TakeRecipe.Extension extension => await Renders.ExtensionAsync(job.Id, take, extension, job.Request.Operation!, tags, cancellationToken),
                _ => (null, resolved.Failure),
            };
            if (rendered is null)
            {
                return ProviderProgress.Failed(failure!);
            }

            tracks.Add(placeholder with
            {
                AudioUrl = rendered.Url,
                StreamUrl = rendered.Url,
                DurationSeconds = rendered.DurationSeconds,
                Style = resolved.Recipe!.LastPlan.Describe(),
            });
        }

        return new ProviderProgress(stage, tracks);
    }

    private async Task<ProviderProgress> StemsAsync(LocalJob job, ProviderStage stage, CancellationToken cancellationToken)
    {
        if (stage != ProviderStage.Complete)
        {
            return ProviderProgress.Pending;
        }

        var resolved = await new TakeRecipes(Jobs).OfSourceAsync(job.Request.Operation!, cancellationToken);
        if (resolved.Recipe is not { } recipe)
        {
            return ProviderProgress.Failed(resolved.Failure!);
        }

        var source = job.Request.Title ?? "Untitled";
        var (stems, failure) = await Renders.StemsAsync(
            job.Id, recipe, job.Request.Operation!, stem => new AudioTags($"{source} ({LocalRenders.Name(stem)})", Artist), cancellationToken);
        if (stems is null)
        {
            return ProviderProgress.Failed(failure!);
        }

        var tracks = stems.Select((s, i) => new ProviderTrack
        {
            Index = i + 1,
            ProviderTrackId = $"{job.Id}-{LocalRenders.Name(s.Stem)}",
            Title = LocalRenders.Name(s.Stem),
            AudioUrl = s.File.Url,
            StreamUrl = s.File.Url,
            DurationSeconds = s.File.DurationSeconds,
            Style = recipe.LastPlan.Describe(),
        }).ToList();
        return new ProviderProgress(ProviderStage.Complete, tracks);
    }

    private async Task<ProviderProgress> WavAsync(LocalJob job, ProviderStage stage, CancellationToken cancellationToken)
    {
        if (stage != ProviderStage.Complete)
        {
            return ProviderProgress.Pending;
        }

        var resolved = await new TakeRecipes(Jobs).OfSourceAsync(job.Request.Operation!, cancellationToken);
        var (master, failure) = Renders.Master(job.Request.Operation!);
        if (resolved.Recipe is not { } recipe || master is null)
        {
            return ProviderProgress.Failed(resolved.Failure ?? failure!);
        }

        return new ProviderProgress(ProviderStage.Complete,
        [
            new ProviderTrack
            {
                Index = 1,
                ProviderTrackId = $"{job.Id}-wav",
                Title = job.Request.Title,
                AudioUrl = master.Url,
                StreamUrl = master.Url,
                DurationSeconds = master.DurationSeconds,
                Style = recipe.LastPlan.Describe(),
            },
        ]);
    }

    private static ProviderTrack Placeholder(LocalJob job, int take) => new()
    {
        Index = take,
        ProviderTrackId = $"{job.Id}-{take}",
        Title = TitleOf(job.Request, take),
    };

    private static string TitleOf(GenerationRequest request, int take)
    {
        var title = request.Title ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(TextValues.Shorten(request.Style ?? "Untitled", 41));
        return request.OperationKind == OperationKind.Extend
            ? $"{TakeSuffix().Replace(title, "")} (extended, take {take})"
            : $"{title} (take {take})";
    }

    // The source's title already names its take; an extension names its own.
    [GeneratedRegex(@"\s*\((?:extended, )?take \d+\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TakeSuffix();
}
