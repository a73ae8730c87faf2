using MusicBot.Core.Providers;
using MusicBot.Core.Songs;
using MusicBot.Core.Validation;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.SunoApi;

/// <summary>Between the bot's request and progress and sunoapi's bodies, exactly as documented (music-apis.md §2.4.1, §2.4.7, §2.5.1).</summary>
public static class SunoApiMapping
{
    /// <summary>
    /// Custom mode (lyrics sung verbatim, or an instrumental with a title) sends style and title, and the lyrics as
    /// <c>prompt</c> unless instrumental; non-custom mode sends the description as <c>prompt</c> and leaves style
    /// and title empty, as the docs ask. The tuning fields go in both modes (the docs' non-custom example has them).
    /// </summary>
    public static SunoGenerateBody ToGenerateBody(GenerationRequest request, string callBackUrl)
    {
        ArgumentNullException.ThrowIfNull(request);
        var custom = SunoApiRules.IsCustomMode(new Draft { Lyrics = request.Lyrics, Title = request.Title, Instrumental = request.Instrumental });
        return new SunoGenerateBody
        {
            CustomMode = custom,
            Instrumental = request.Instrumental,
            Model = request.Model,
            Prompt = custom ? (request.Instrumental ? null : request.Lyrics) : request.Style,
            Style = custom ? request.Style : null,
            Title = custom ? request.Title : null,
            NegativeTags = request.NegativeTags,
            VocalGender = request.VocalGender,
            StyleWeight = request.StyleWeight,
            WeirdnessConstraint = request.Weirdness,
            AudioWeight = request.AudioWeight,
            CallBackUrl = callBackUrl,
        };
    }

    /// <summary>
    /// record-info to progress. Unknown statuses read as still running. <c>CALLBACK_EXCEPTION</c> means the callback,
    /// not the generation, failed: with audio it is a success.
    /// </summary>
    public static ProviderProgress ToProgress(SunoRecordInfo? info)
    {
        if (info?.Status is not { } status)
        {
            return ProviderProgress.Pending;
        }

        var tracks = (info.Response?.SunoData ?? []).Select(ToTrack).ToList();
        return status switch
        {
            "PENDING" => ProviderProgress.Pending,
            "TEXT_SUCCESS" => new ProviderProgress(ProviderStage.TextReady, tracks),
            "FIRST_SUCCESS" => new ProviderProgress(ProviderStage.FirstTrackReady, tracks),
            "SUCCESS" => new ProviderProgress(ProviderStage.Complete, tracks),
            "CALLBACK_EXCEPTION" when tracks.Any(t => t.HasAudio) => new ProviderProgress(ProviderStage.Complete, tracks),
            "CALLBACK_EXCEPTION" or "CREATE_TASK_FAILED" or "GENERATE_AUDIO_FAILED" or "SENSITIVE_WORD_ERROR" =>
                ProviderProgress.Failed(SunoApiErrors.ForStatus(status, info.ErrorCode, info.ErrorMessage)),
            _ => ProviderProgress.Pending,
        };
    }

    /// <summary>A music callback to progress; <c>text</c> / <c>first</c> / <c>complete</c> / <c>error</c>.</summary>
    public static ProviderProgress ToProgress(SunoCallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var tracks = (callback.Data?.Data ?? []).Select(ToTrack).ToList();
        if (callback.Code != "200" || callback.Data?.CallbackType == "error")
        {
            return ProviderProgress.Failed(SunoApiErrors.ForCallbackCode(callback.Code, callback.Msg));
        }

        return callback.Data?.CallbackType switch
        {
            "text" => new ProviderProgress(ProviderStage.TextReady, tracks),
            "first" => new ProviderProgress(ProviderStage.FirstTrackReady, tracks),
            "complete" => new ProviderProgress(ProviderStage.Complete, tracks),
            _ => ProviderProgress.Pending,
        };
    }

    public static ProviderTrack ToTrack(SunoTrack track, int position)
    {
        ArgumentNullException.ThrowIfNull(track);
        return new ProviderTrack
        {
            Index = position + 1,
            ProviderTrackId = Blank(track.Id),
            Title = Blank(track.Title),
            Style = Blank(track.Tags),
            AudioUrl = Blank(track.AudioUrl),
            StreamUrl = Blank(track.StreamAudioUrl),
            ImageUrl = Blank(track.ImageUrl) ?? Blank(track.SourceImageUrl),
            DurationSeconds = track.Duration,
            Lyrics = Blank(track.Prompt),
        };
    }

    public static ProviderTrack ToTrack(SunoCallbackTrack track, int position)
    {
        ArgumentNullException.ThrowIfNull(track);
        return new ProviderTrack
        {
            Index = position + 1,
            ProviderTrackId = Blank(track.Id),
            Title = Blank(track.Title),
            Style = Blank(track.Tags),
            AudioUrl = Blank(track.AudioUrl),
            StreamUrl = Blank(track.StreamAudioUrl),
            ImageUrl = Blank(track.ImageUrl),
            DurationSeconds = track.Duration,
            Lyrics = Blank(track.Prompt),
        };
    }

    /// <summary>When the task was created, from a record's number-or-string time.</summary>
    public static DateTimeOffset? CreatedAt(SunoRecordInfo info) => ProviderTime.Parse(info?.CreateTime);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
