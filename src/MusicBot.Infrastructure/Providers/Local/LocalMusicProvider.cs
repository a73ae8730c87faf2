using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MusicBot.Core.Configuration;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Local.Audio;
using MusicBot.Infrastructure.Serialization;

namespace MusicBot.Infrastructure.Providers.Local;

/// <summary>
/// The offline provider: renders two instrumental takes of the style in-process, as WAV files under
/// <c>{DataDirectory}/tracks</c>. It behaves like a remote API: submit returns a task id at once, and polls see
/// the stages pass (lyrics, first track, complete). Its jobs are files, so a restart picks up where it left off,
/// and each track is written to a temporary name and renamed, so a crash never leaves half a file behind.
/// </summary>
public sealed class LocalMusicProvider(IOptions<LocalProviderOptions> options, IOptions<MusicBotOptions> botOptions, TimeProvider time) : IMusicProvider
{
    private const int TrackCount = 2;

    private readonly string _jobs = Path.GetFullPath(Path.Combine(botOptions.Value.DataDirectory, "local-jobs"));
    private readonly string _tracks = Path.GetFullPath(Path.Combine(botOptions.Value.DataDirectory, "tracks"));

    public string Name => ProviderNames.Local;

    public TimeSpan PollInterval => options.Value.PollInterval;

    public async Task<SubmitOutcome> SubmitAsync(GenerationRequest request, string correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Directory.CreateDirectory(_jobs);
        var job = new LocalJob($"local-{Guid.NewGuid():N}"[..18], request, time.GetUtcNow());
        var json = JsonSerializer.Serialize(job, InfrastructureJsonContext.Default.LocalJob);
        await WriteAtomicallyAsync(JobPath(job.Id), stream => stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(json), cancellationToken).AsTask());
        return SubmitOutcome.Accepted(job.Id);
    }

    public async Task<ProviderProgress> GetProgressAsync(string providerTaskId, GenerationRequest request, CancellationToken cancellationToken)
    {
        var path = JobPath(providerTaskId);
        if (!File.Exists(path))
        {
            return ProviderProgress.Failed(new ProviderFailure("unknown-task", "The offline renderer has no record of this song."));
        }

        var job = JsonSerializer.Deserialize(await File.ReadAllTextAsync(path, cancellationToken), InfrastructureJsonContext.Default.LocalJob)
            ?? throw new InvalidDataException($"Local job {providerTaskId} is empty.");
        var stage = StageAt(time.GetUtcNow() - job.SubmittedAt);
        var tracks = new List<ProviderTrack>();
        for (var variation = 1; variation <= TrackCount; variation++)
        {
            // Take 1 is ready at the first-track stage, take 2 at complete, as the real APIs report them.
            var isReady = stage == ProviderStage.Complete || (stage == ProviderStage.FirstTrackReady && variation == 1);
            tracks.Add(isReady ? await RenderAsync(job, variation) : Placeholder(job, variation));
        }

        return new ProviderProgress(stage, stage == ProviderStage.Pending ? [] : tracks);
    }

    private ProviderStage StageAt(TimeSpan elapsed)
    {
        var delay = options.Value.StageDelay;
        if (delay <= TimeSpan.Zero)
        {
            return ProviderStage.Complete;
        }

        return Math.Min(3, (int)(elapsed / delay)) switch
        {
            0 => ProviderStage.Pending,
            1 => ProviderStage.TextReady,
            2 => ProviderStage.FirstTrackReady,
            _ => ProviderStage.Complete,
        };
    }

    private async Task<ProviderTrack> RenderAsync(LocalJob job, int variation)
    {
        var plan = StylePlanner.Plan(job.Request.Style ?? "", variation);
        var file = Path.Combine(_tracks, $"{job.Id}-{variation}.wav");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(_tracks);
            await WriteAtomicallyAsync(file, stream =>
            {
                TrackSynthesizer.Render(plan, stream);
                return Task.CompletedTask;
            });
        }

        var uri = new Uri(file).AbsoluteUri;
        return Placeholder(job, variation) with { AudioUrl = uri, StreamUrl = uri, DurationSeconds = plan.Duration.TotalSeconds, Style = plan.Describe() };
    }

    private static ProviderTrack Placeholder(LocalJob job, int variation) => new()
    {
        Index = variation,
        ProviderTrackId = $"{job.Id}-{variation}",
        Title = TitleOf(job.Request, variation),
    };

    private static string TitleOf(GenerationRequest request, int variation)
    {
        var title = request.Title ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Shorten(request.Style ?? "Untitled", 40));
        return $"{title} (take {variation})";
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd() + "…";

    private string JobPath(string id)
    {
        // Ids come back from the database, but never let one escape the jobs folder.
        if (id.Length == 0 || id.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || id.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException("Invalid local task id.", nameof(id));
        }

        return Path.Combine(_jobs, id + ".json");
    }

    private static async Task WriteAtomicallyAsync(string path, Func<Stream, Task> write)
    {
        var temporary = path + ".part";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await write(stream);
            await stream.FlushAsync();
        }

        File.Move(temporary, path, overwrite: true);
    }
}
