using MusicBot.Core.Failures;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.MusicApi;

/// <summary>Between the bot's request and progress and MusicAPI's bodies (music-apis.md §3.3).</summary>
public static class MusicApiMapping
{
    public const string CreateMusic = "create_music";
    public const string ExtendMusic = "extend_music";
    public const string CoverMusic = "cover_music";

    /// <summary>
    /// Custom mode exactly when there are lyrics (as <see cref="Core.Validation.MusicApiRules"/> validates): lyrics as
    /// <c>prompt</c>, style as <c>tags</c>, the title. Otherwise the style text is <c>gpt_description_prompt</c> and
    /// MusicAPI writes the rest.
    /// </summary>
    public static MusicApiCreateBody ToCreateBody(GenerationRequest request, string? webhookUrl, string? webhookSecret)
    {
        ArgumentNullException.ThrowIfNull(request);
        var custom = request.Lyrics is not null;
        return new MusicApiCreateBody
        {
            TaskType = CreateMusic,
            CustomMode = custom,
            Mv = request.Model,
            Prompt = custom ? request.Lyrics : null,
            Title = custom ? request.Title : null,
            Tags = custom ? request.Style : null,
            GptDescriptionPrompt = custom ? null : request.Style,
            NegativeTags = request.NegativeTags,
            MakeInstrumental = request.Instrumental,
            VocalGender = request.VocalGender,
            StyleWeight = request.StyleWeight,
            WeirdnessConstraint = request.Weirdness,
            AudioWeight = request.AudioWeight,
            WebhookUrl = webhookUrl,
            WebhookSecret = webhookUrl is null ? null : webhookSecret,
        };
    }

    /// <summary>
    /// <c>extend_music</c> (§3.3.1) needs the clip and the second to continue from: the chosen one, else the clip's
    /// end. The rest is the source song's request, worded as for a new song.
    /// </summary>
    public static MusicApiCreateBody ToExtendBody(GenerationRequest request, string? webhookUrl, string? webhookSecret)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = request.Operation ?? throw new ArgumentException("The request is not an operation.", nameof(request));
        return ToCreateBody(request, webhookUrl, webhookSecret) with
        {
            TaskType = ExtendMusic,
            ContinueClipId = operation.SourceTrackId,
            ContinueAt = operation.ContinueAtSeconds ?? operation.SourceDurationSeconds,
        };
    }

    /// <summary>Why an extend cannot be sent (no clip id, or no second to continue from), or null when it can.</summary>
    public static ProviderFailure? Problem(GenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Operation is not { Kind: OperationKind.Extend } operation)
        {
            return null;
        }

        MissingPart? missing = string.IsNullOrWhiteSpace(operation.SourceTrackId) ? MissingPart.SourceTrackId
            : operation.ContinueAtSeconds is null && operation.SourceDurationSeconds is null ? MissingPart.ContinueAt
            : null;
        return missing is { } part ? ProviderFailures.Incomplete(ProviderNames.MusicApi, OperationKind.Extend, part) : null;
    }

    /// <summary>
    /// Clips to progress. While any clip runs: first-track stage once one streams or succeeded, else pending. When all
    /// are final: complete if any succeeded (its tracks are delivered), else failed.
    /// </summary>
    public static ProviderProgress ToProgress(MusicApiTask? task)
    {
        // A null clip (a poll answer can hold one) is a take the answer left out: the task is not final until every
        // take is there, so the poll goes on (bounded by the task's time-out) instead of throwing on it.
        var all = task?.Data ?? [];
        var clips = all.Where(c => c is not null).ToList();
        if (clips.Count == 0)
        {
            return ProviderProgress.Pending;
        }

        var tracks = clips.Select(ToTrack).ToList();
        var isFinal = clips.Count == all.Count && clips.All(c => c.State is "succeeded" or "failed");
        if (isFinal)
        {
            return clips.Any(c => c.State == "succeeded")
                ? new ProviderProgress(ProviderStage.Complete, tracks)
                : ProviderProgress.Failed(ProviderFailures.GenerationFailed(ProviderNames.MusicApi, "failed", clips.Select(c => c.ErrorMessage).FirstOrDefault(m => m is not null)));
        }

        return clips.Any(c => c.State is "streaming" or "succeeded")
            ? new ProviderProgress(ProviderStage.FirstTrackReady, tracks)
            : ProviderProgress.Pending;
    }

    public static ProviderTrack ToTrack(MusicApiClip clip, int position)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var audio = Blank(clip.AudioUrl);
        return new ProviderTrack
        {
            Index = position + 1,
            ProviderTrackId = Blank(clip.ClipId),
            Title = Blank(clip.Title),
            Style = Blank(clip.Tags),
            AudioUrl = clip.State == "succeeded" ? audio : null,
            StreamUrl = audio,
            ImageUrl = Blank(clip.ImageUrl),
            DurationSeconds = clip.Duration,
            Lyrics = Blank(clip.Lyrics),
        };
    }

    public static DateTimeOffset? CreatedAt(MusicApiClip clip) => ProviderTime.Parse(clip?.CreatedAt);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
