using System.Globalization;
using MusicBot.Core.Drafts;
using MusicBot.Core.Generation;
using MusicBot.Core.Providers;

namespace MusicBot.Core.Operations;

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

        var prompt = Clean(command.Prompt) ?? Clean(draft.Style);
        if (prompt is null)
        {
            return Refuse("AI lyrics need a topic: say what the song is about after the command (e.g. \"a rainy night in the city\").");
        }

        var words = prompt.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > MaxLyricsPromptWords)
        {
            return Refuse(
                $"lyrics topic: at most {MaxLyricsPromptWords} words; yours is {words} words. Shorten it by {words - MaxLyricsPromptWords} words.");
        }

        var rules = directory.RulesFor(provider);
        var model = rules?.ResolveModel(draft.Model) ?? draft.Model ?? rules?.DefaultModel ?? "";
        return new Built(new GenerationRequest
        {
            Provider = provider,
            Model = model,
            Style = Clean(draft.Style),
            Title = Clean(draft.Title),
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
            return Refuse($"Song #{task.Id} has no track with audio for {command.Kind.Describe()}.");
        }

        if (number < 1 || number > playable.Count)
        {
            return Refuse($"take: song #{task.Id} has takes 1–{playable.Count}; you asked for take {number}. Pick one of those.");
        }

        var track = playable[number - 1];
        if (CheckContinueAt(command, track) is { } badContinue)
        {
            return badContinue;
        }

        var request = task.Request with
        {
            Model = directory.RulesFor(task.Provider)?.ModelFor(command.Kind, task.Request.Model) ?? task.Request.Model,
            Title = Clean(track.Title) ?? task.Request.Title,
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
        if (Clean(draft.Lyrics) is not { } lyrics)
        {
            return Refuse("Adding vocals needs lyrics for the singer: set them with the lyrics command first, then try again.");
        }

        return new Built(request with { Lyrics = lyrics, Instrumental = false, Style = Clean(draft.Style) ?? request.Style });
    }

    /// <summary>The accompaniment follows the draft's style when it has one, else the source song's.</summary>
    private static Built WithInstrumental(GenerationRequest request, Draft draft)
    {
        var style = Clean(draft.Style) ?? request.Style;
        return style is null
            ? Refuse("Adding an instrumental needs a style for it: set one with the style command first, then try again.")
            : new Built(request with { Style = style });
    }

    private static Built? CheckContinueAt(OperationCommand command, ProviderTrack track)
    {
        if (command.Kind != OperationKind.Extend || command.ContinueAtSeconds is not { } at)
        {
            return null;
        }

        if (at <= 0 || (track.DurationSeconds is { } length && at >= length))
        {
            var range = track.DurationSeconds is { } known
                ? string.Create(CultureInfo.InvariantCulture, $"between 0 and {known:0.#} seconds (the track's length)")
                : "more than 0 seconds";
            return Refuse(string.Create(CultureInfo.InvariantCulture, $"from: must be {range}; yours is {at:0.#}. Pick a point inside the take, or leave it out to continue from the end."));
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
                return new Source(null, NotPossible($"Song #{id} is not one of yours here. Your songs are listed by the history command."));
            }

            if (task.State != TaskState.Succeeded || !ProducesMusic(task))
            {
                return new Source(null, NotPossible(
                    $"Song #{id} can't be used for {command.Kind.Describe()}: {Describe(task)}. Pick a finished song from your history."));
            }

            return new Source(task, null);
        }

        var latest = (await tasks.ListHistoryAsync(command.User, HistoryDepth, cancellationToken))
            .FirstOrDefault(t => t.State == TaskState.Succeeded && ProducesMusic(t));
        return latest is null
            ? new Source(null, NotPossible($"You have no finished song for {command.Kind.Describe()} yet. Make one first."))
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

        var offering = directory.Available.Where(p => directory.Supports(p, kind)).ToList();
        var elsewhere = offering.Count == 0
            ? "No music service configured on this bot offers it."
            : $"{string.Join(", ", offering)} {(offering.Count == 1 ? "does" : "do")}; switch with the provider command.";
        return Refuse($"{provider} does not offer {kind.Describe()}. {elsewhere}");
    }

    /// <summary>Songs, extensions and added parts are music; WAV copies, stems and lyrics are not sources.</summary>
    private static bool ProducesMusic(GenerationTask task) => task.Request.OperationKind?.MakesMusic() ?? true;

    private static string Describe(GenerationTask task) => task.State switch
    {
        TaskState.Succeeded => task.Request.OperationKind is { } kind ? $"it is the result of {kind.Describe()}, not a song" : "it has no audio",
        TaskState.Failed or TaskState.TimedOut => "it failed",
        _ => "it is still being made",
    };

    private static Built Refuse(string message) => new(null, NotPossible(message));

    /// <summary>Every refusal says the same last thing: nothing was reserved.</summary>
    private static GenerateOutcome.NotPossible NotPossible(string message) => new($"{message} Nothing was charged.");

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record Built(GenerationRequest? Request, GenerateOutcome? Refusal = null);

    private sealed record Source(GenerationTask? Task, GenerateOutcome? Refusal);
}
