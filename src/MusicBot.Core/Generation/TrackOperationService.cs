using MusicBot.Core.Drafts;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Core.Songs;
using MusicBot.Core.UserText;

namespace MusicBot.Core.Generation;

/// <summary>
/// Starts an operation on one of the user's finished tracks (or, for AI lyrics, on a prompt). It finds and checks
/// the source, builds a request that stands on its own, and hands it to <see cref="GenerationService"/>, so an
/// operation is reserved, submitted, followed, delivered and settled exactly like a new song.
/// </summary>
public sealed class TrackOperationService(
    IDraftRepository drafts,
    IGenerationTaskRepository tasks,
    ProviderDirectory directory,
    GenerationService generation)
{
    /// <summary>sunoapi's documented limit for a lyrics prompt.</summary>
    public const int MaxLyricsPromptWords = 200;

    /// <summary>How far back "your latest song" looks.</summary>
    private const int HistoryDepth = 50;

    public async Task<GenerateOutcome> StartAsync(OperationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var draft = await drafts.GetAsync(command.User, cancellationToken);
        var built = command.Kind == OperationKind.Lyrics
            ? BuildLyrics(command, draft)
            : await BuildOnTrackAsync(command, draft, cancellationToken);
        if (built.Refusal is { } refusal)
        {
            return refusal;
        }

        return await generation.ResubmitAsync(new GenerateCommand(command.User, command.Target, command.RequestKey), built.Request!, cancellationToken);
    }

    private Built BuildLyrics(OperationCommand command, Draft draft)
    {
        var provider = directory.ProviderFor(draft);
        if (Unsupported(provider, command.Kind) is { } refusal)
        {
            return refusal;
        }

        var prompt = TextValues.Clean(command.Prompt) ?? TextValues.Clean(draft.Style);
        if (prompt is null)
        {
            return Refuse(new Refusal.TopicMissing());
        }

        var words = prompt.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > MaxLyricsPromptWords)
        {
            return Refuse(new Refusal.TopicTooLong(MaxLyricsPromptWords, words));
        }

        var song = new SongFields { Style = draft.Style, Title = draft.Title };
        return new Built(new GenerationRequest(provider, directory.ModelFor(draft), song)
        {
            Operation = new TrackOperation { Kind = OperationKind.Lyrics, Prompt = prompt },
        });
    }

    private async Task<Built> BuildOnTrackAsync(OperationCommand command, Draft draft, CancellationToken cancellationToken)
    {
        var source = await FindSourceAsync(command, cancellationToken);
        if (source.Refusal is not null)
        {
            return new Built(null, source.Refusal);
        }

        var task = source.Task!;
        if (Unsupported(task.Provider, command.Kind) is { } refusal)
        {
            return refusal;
        }

        var playable = (await tasks.GetTracksAsync(task.Id, cancellationToken)).Where(t => t.HasAudio).OrderBy(t => t.Index).ToList();
        var number = command.TrackNumber ?? 1;
        if (playable.Count == 0)
        {
            return Refuse(new Refusal.NoAudio(task.Id, command.Kind));
        }

        if (number < 1 || number > playable.Count)
        {
            return Refuse(new Refusal.TakeOutOfRange(task.Id, playable.Count, number));
        }

        var track = playable[number - 1];
        if (CheckContinueAt(command, track) is { } badContinue)
        {
            return badContinue;
        }

        var request = task.Request with
        {
            Model = directory.RulesFor(task.Provider)?.ModelFor(command.Kind, task.Request.Model) ?? task.Request.Model,
            Title = TextValues.Clean(track.Title) ?? task.Request.Title,
            Operation = new TrackOperation
            {
                Kind = command.Kind,
                SourceTaskId = task.Id,
                SourceTrackIndex = track.Index,
                SourceProviderTaskId = task.ProviderTaskId,
                SourceTrackId = track.ProviderTrackId,
                SourceAudioUrl = track.AudioUrl,
                SourceDurationSeconds = track.DurationSeconds,
                ContinueAtSeconds = command.ContinueAtSeconds,
            },
        };

        return command.Kind switch
        {
            OperationKind.AddVocals => WithVocals(request, draft),
            OperationKind.AddInstrumental => WithInstrumental(request, draft),
            _ => new Built(request),
        };
    }

    /// <summary>Vocals sing the draft's lyrics, in the draft's style when it has one.</summary>
    private static Built WithVocals(GenerationRequest request, Draft draft)
    {
        if (TextValues.Clean(draft.Lyrics) is not { } lyrics)
        {
            return Refuse(new Refusal.LyricsNeeded());
        }

        return new Built(request with { Lyrics = lyrics, Instrumental = false, Style = TextValues.Clean(draft.Style) ?? request.Style });
    }

    /// <summary>The accompaniment follows the draft's style when it has one, else the source song's.</summary>
    private static Built WithInstrumental(GenerationRequest request, Draft draft)
    {
        var style = TextValues.Clean(draft.Style) ?? request.Style;
        return style is null ? Refuse(new Refusal.StyleNeeded()) : new Built(request with { Style = style });
    }

    private static Built? CheckContinueAt(OperationCommand command, ProviderTrack track)
    {
        if (command.Kind != OperationKind.Extend || command.ContinueAtSeconds is not { } at)
        {
            return null;
        }

        if (at <= 0 || (track.DurationSeconds is { } length && at >= length))
        {
            return Refuse(new Refusal.ContinueAtOutOfRange(at, track.DurationSeconds));
        }

        return null;
    }

    private async Task<Source> FindSourceAsync(OperationCommand command, CancellationToken cancellationToken)
    {
        if (command.SourceTaskId is { } id)
        {
            var task = await tasks.GetAsync(id, cancellationToken);
            if (task is null || task.User != command.User)
            {
                return new Source(null, Refused(new Refusal.NotYourSong(id, command.Kind, OwnerOn(task, command.User.Platform))));
            }

            if (task.State != TaskState.Succeeded || !ProducesMusic(task))
            {
                return new Source(null, Refused(new Refusal.SongNotUsable(id, command.Kind, Why(task), task.Request.OperationKind)));
            }

            return new Source(task, null);
        }

        var latest = (await tasks.ListHistoryAsync(command.User, HistoryDepth, cancellationToken))
            .FirstOrDefault(t => t.State == TaskState.Succeeded && ProducesMusic(t));
        return latest is null
            ? new Source(null, Refused(new Refusal.NoFinishedSong(command.Kind)))
            : new Source(latest, null);
    }

    private Built? Unsupported(string provider, OperationKind kind)
    {
        if (!directory.IsAvailable(provider))
        {
            return new Built(null, new GenerateOutcome.ProviderUnavailable(provider, directory.Available));
        }

        if (directory.Supports(provider, kind))
        {
            return null;
        }

        return Refuse(new Refusal.OperationNotOffered(provider, kind, [.. directory.Available.Where(p => directory.Supports(p, kind))]));
    }

    /// <summary>Songs, extensions and added parts are music; WAV copies, stems and lyrics are not sources.</summary>
    private static bool ProducesMusic(GenerationTask task) => task.Request.OperationKind?.MakesMusic() ?? true;

    private static UnusableBecause Why(GenerationTask task) => task.State switch
    {
        TaskState.Succeeded => task.Request.OperationKind is not null ? UnusableBecause.NotASong : UnusableBecause.NoAudio,
        TaskState.Failed or TaskState.TimedOut => UnusableBecause.Failed,
        _ => UnusableBecause.InProgress,
    };

    /// <summary>The requester of someone else's song, named only on the same platform (an id means nothing elsewhere).</summary>
    private static string? OwnerOn(GenerationTask? task, string platform) => task?.User.Platform == platform ? task.User.UserId : null;

    private static Built Refuse(Refusal refusal) => new(null, Refused(refusal));

    private static GenerateOutcome.Refused Refused(Refusal refusal) => new(refusal);

    private sealed record Built(GenerationRequest? Request, GenerateOutcome? Refusal = null);

    private sealed record Source(GenerationTask? Task, GenerateOutcome? Refusal);
}
