using MusicBot.Core.Failures;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.SunoApi;

/// <summary>
/// An operation on a finished track (or, for lyrics, on a topic) as the sunoapi body of its endpoint (music-apis.md
/// §2.4.2, §2.4.5, §2.4.6, §2.4.9, §2.4.12, §2.4.13). <see cref="Problem"/> runs first: a body is built only for a
/// request that has every field its endpoint requires.
/// </summary>
public static class SunoApiOperationMapping
{
    /// <summary>Stems as vocals + instrumental; <c>split_stem</c> (up to 12 parts) is the other documented type.</summary>
    public const string SeparateVocal = "separate_vocal";

    private const string Provider = ProviderNames.SunoApi;

    /// <summary>Why the request cannot be sent, or null when it can (always null for a new song).</summary>
    public static ProviderFailure? Problem(GenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Operation is not { } operation)
        {
            return null;
        }

        var missing = operation.Kind switch
        {
            OperationKind.Extend => Missing(operation.SourceTrackId, MissingPart.SourceTrackId)
                ?? (operation.ContinueAtSeconds is null ? null : MissingForContinueAt(request)),
            OperationKind.AddVocals => Missing(operation.SourceAudioUrl, MissingPart.SourceAudio)
                ?? Missing(request.Lyrics, MissingPart.Lyrics)
                ?? Missing(request.Style, MissingPart.Style)
                ?? Missing(request.Title, MissingPart.Title),
            OperationKind.AddInstrumental => Missing(operation.SourceAudioUrl, MissingPart.SourceAudio)
                ?? Missing(request.Style, MissingPart.Style)
                ?? Missing(request.Title, MissingPart.Title),
            OperationKind.Wav or OperationKind.Stems => Missing(operation.SourceProviderTaskId, MissingPart.SourceTaskId)
                ?? Missing(operation.SourceTrackId, MissingPart.SourceTrackId),
            OperationKind.Lyrics => Missing(operation.Prompt, MissingPart.Topic),
            _ => MissingPart.Operation,
        };
        return missing is { } part ? ProviderFailures.Incomplete(Provider, operation.Kind, part) : null;
    }

    /// <summary>
    /// Without a point to continue from, the source's own parameters are reused (<c>defaultParamFlag: false</c>); with
    /// one, the docs require prompt, style and title as well, taken from the source song's request.
    /// </summary>
    public static SunoExtendBody ToExtendBody(GenerationRequest request, string callBackUrl)
    {
        var operation = Operation(request);
        var isCustom = operation.ContinueAtSeconds is not null;
        return new SunoExtendBody
        {
            DefaultParamFlag = isCustom,
            AudioId = operation.SourceTrackId!,
            ContinueAt = operation.ContinueAtSeconds,
            Prompt = isCustom ? request.Lyrics : null,
            Style = isCustom ? request.Style : null,
            Title = isCustom ? request.Title : null,
            NegativeTags = isCustom ? request.NegativeTags : null,
            VocalGender = isCustom ? request.VocalGender : null,
            StyleWeight = isCustom ? request.StyleWeight : null,
            WeirdnessConstraint = isCustom ? request.Weirdness : null,
            AudioWeight = isCustom ? request.AudioWeight : null,
            Model = request.Model,
            CallBackUrl = callBackUrl,
        };
    }

    /// <summary>The source track is the instrumental; the request's lyrics are sung in its style.</summary>
    public static SunoAddVocalsBody ToAddVocalsBody(GenerationRequest request, string callBackUrl) => new()
    {
        UploadUrl = Operation(request).SourceAudioUrl!,
        Prompt = request.Lyrics!,
        Title = request.Title!,
        Style = request.Style!,
        NegativeTags = NegativeTags(request),
        Model = request.Model,
        VocalGender = request.VocalGender,
        StyleWeight = request.StyleWeight,
        WeirdnessConstraint = request.Weirdness,
        AudioWeight = request.AudioWeight,
        CallBackUrl = callBackUrl,
    };

    /// <summary>The source track is the vocal part; the accompaniment's style goes in <c>tags</c>.</summary>
    public static SunoAddInstrumentalBody ToAddInstrumentalBody(GenerationRequest request, string callBackUrl) => new()
    {
        UploadUrl = Operation(request).SourceAudioUrl!,
        Title = request.Title!,
        Tags = request.Style!,
        NegativeTags = NegativeTags(request),
        Model = request.Model,
        VocalGender = request.VocalGender,
        StyleWeight = request.StyleWeight,
        WeirdnessConstraint = request.Weirdness,
        AudioWeight = request.AudioWeight,
        CallBackUrl = callBackUrl,
    };

    public static SunoLyricsBody ToLyricsBody(GenerationRequest request, string callBackUrl) =>
        new(Operation(request).Prompt!.Trim(), callBackUrl);

    public static SunoWavBody ToWavBody(GenerationRequest request, string callBackUrl)
    {
        var operation = Operation(request);
        return new SunoWavBody(operation.SourceProviderTaskId!, operation.SourceTrackId!, callBackUrl);
    }

    public static SunoVocalRemovalBody ToStemsBody(GenerationRequest request, string callBackUrl)
    {
        var operation = Operation(request);
        return new SunoVocalRemovalBody(operation.SourceProviderTaskId!, operation.SourceTrackId!, SeparateVocal, callBackUrl);
    }

    private static MissingPart? MissingForContinueAt(GenerationRequest request)
    {
        // An instrumental's request may still hold lyrics it never sang: they must not be sent as the continuation's words.
        var lyrics = request.Instrumental ? null : request.Lyrics;
        return Missing(lyrics, request.Instrumental ? MissingPart.ContinueAtLyricsOfInstrumental : MissingPart.ContinueAtLyrics)
            ?? Missing(request.Style, MissingPart.ContinueAtStyle)
            ?? Missing(request.Title, MissingPart.ContinueAtTitle);
    }

    /// <summary>Required by both add endpoints; the docs give it no minimum length, so "nothing to avoid" is an empty string.</summary>
    private static string NegativeTags(GenerationRequest request) => request.NegativeTags ?? "";


    private static TrackOperation Operation(GenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Operation ?? throw new ArgumentException("The request is not an operation.", nameof(request));
    }

    private static MissingPart? Missing(string? value, MissingPart part) => string.IsNullOrWhiteSpace(value) ? part : null;
}
