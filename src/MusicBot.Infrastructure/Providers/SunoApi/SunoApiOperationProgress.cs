using MusicBot.Core.Failures;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;

namespace MusicBot.Infrastructure.Providers.SunoApi;

/// <summary>
/// WAV, stems and lyrics tasks as progress, from their record-info (§2.4.10, §2.4.12, §2.4.13) or their callback
/// (§2.5.2–§2.5.4). A poll and a callback about the same result give the same tracks: WAV is one track with the WAV
/// file; stems are one track per stem, titled by the stem and indexed by a fixed order; lyrics are one track per
/// variant with its text and no audio.
/// </summary>
public static class SunoApiOperationProgress
{
    /// <summary>Every stem sunoapi can return, in delivery order; a stem's index is its place here, whichever others came.</summary>
    private static readonly (string Name, Func<SunoStems, string?> Url)[] StemOrder =
    [
        ("Vocals", s => s.VocalUrl),
        ("Instrumental", s => s.InstrumentalUrl),
        ("Backing vocals", s => s.BackingVocalsUrl),
        ("Drums", s => s.DrumsUrl),
        ("Bass", s => s.BassUrl),
        ("Guitar", s => s.GuitarUrl),
        ("Keyboard", s => s.KeyboardUrl),
        ("Percussion", s => s.PercussionUrl),
        ("Strings", s => s.StringsUrl),
        ("Synth", s => s.SynthUrl),
        ("Effects", s => s.FxUrl),
        ("Brass", s => s.BrassUrl),
        ("Woodwinds", s => s.WoodwindsUrl),
    ];

    public static ProviderProgress FromWav(SunoWavRecord? record) =>
        FromFileTask(OperationKind.Wav, record?.SuccessFlag, WavTracks(record?.Response?.AudioWavUrl), record?.ErrorCode, record?.ErrorMessage);

    public static ProviderProgress FromStems(SunoVocalRemovalRecord? record) =>
        FromFileTask(OperationKind.Stems, record?.SuccessFlag, StemTracks(record?.Response), record?.ErrorCode, record?.ErrorMessage);

    /// <summary>Lyrics statuses: PENDING, SUCCESS, CALLBACK_EXCEPTION, and the failures (…_FAILED, SENSITIVE_WORD_ERROR).</summary>
    public static ProviderProgress FromLyrics(SunoLyricsRecord? record)
    {
        var variants = record?.Response?.Variants ?? [];
        return record?.Status switch
        {
            null or "PENDING" => ProviderProgress.Pending,
            "SUCCESS" => Lyrics(variants),
            "CALLBACK_EXCEPTION" when variants.Count > 0 => Lyrics(variants),
            "CALLBACK_EXCEPTION" or "CREATE_TASK_FAILED" or "GENERATE_LYRICS_FAILED" or "SENSITIVE_WORD_ERROR" =>
                ProviderProgress.Failed(SunoApiErrors.ForOperationStatus(OperationKind.Lyrics, record.Status, record.ErrorCode, record.ErrorMessage)),
            _ => ProviderProgress.Pending,
        };
    }

    public static ProviderProgress FromWavCallback(SunoCallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return FromFileCallback(OperationKind.Wav, callback, WavTracks(callback.Data?.AudioWavUrl));
    }

    public static ProviderProgress FromStemsCallback(SunoCallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return FromFileCallback(OperationKind.Stems, callback, StemTracks(callback.Data?.Stems?.ToStems()));
    }

    /// <summary>The lyrics callback has a single stage, <c>complete</c>, or an <c>error</c>.</summary>
    public static ProviderProgress FromLyricsCallback(SunoCallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (!callback.IsSuccess)
        {
            return ProviderProgress.Failed(SunoApiErrors.ForOperationCallback(OperationKind.Lyrics, callback.Code, callback.Msg));
        }

        var variants = (callback.Data?.Data ?? []).Select(t => new SunoLyricsVariant(t.Text, t.Title, t.Status, t.ErrorMessage ?? t.SnakeErrorMessage)).ToList();
        return callback.Data?.CallbackType == "complete" ? Lyrics(variants) : ProviderProgress.Pending;
    }

    /// <summary>WAV and stems share their flags: PENDING, SUCCESS, CALLBACK_EXCEPTION and the failures.</summary>
    private static ProviderProgress FromFileTask(OperationKind kind, string? flag, IReadOnlyList<ProviderTrack> tracks, string? errorCode, string? errorMessage) => flag switch
    {
        null or "PENDING" => ProviderProgress.Pending,
        "SUCCESS" when tracks.Count > 0 => new ProviderProgress(ProviderStage.Complete, tracks),
        // The callback failed, not the conversion: with the files there, it is a success.
        "CALLBACK_EXCEPTION" when tracks.Count > 0 => new ProviderProgress(ProviderStage.Complete, tracks),
        "SUCCESS" => ProviderProgress.Failed(SunoApiErrors.ForOperationStatus(kind, "no-files", null, null)),
        "CALLBACK_EXCEPTION" or "CREATE_TASK_FAILED" or "GENERATE_WAV_FAILED" or "GENERATE_AUDIO_FAILED" =>
            ProviderProgress.Failed(SunoApiErrors.ForOperationStatus(kind, flag, errorCode, errorMessage)),
        _ => ProviderProgress.Pending,
    };

    private static ProviderProgress FromFileCallback(OperationKind kind, SunoCallback callback, IReadOnlyList<ProviderTrack> tracks)
    {
        if (!callback.IsSuccess)
        {
            return ProviderProgress.Failed(SunoApiErrors.ForOperationCallback(kind, callback.Code, callback.Msg));
        }

        // A success without files says nothing new; polling finds out what happened.
        return tracks.Count > 0 ? new ProviderProgress(ProviderStage.Complete, tracks) : ProviderProgress.Pending;
    }

    /// <summary>Failed variants are left out; when none is left, the first variant's error says why.</summary>
    private static ProviderProgress Lyrics(IReadOnlyList<SunoLyricsVariant> variants)
    {
        var tracks = variants
            .Select((v, i) => (Variant: v, Index: i + 1))
            .Where(p => p.Variant.Status != "failed" && !string.IsNullOrWhiteSpace(p.Variant.Text))
            .Select(p => new ProviderTrack { Index = p.Index, Title = Blank(p.Variant.Title), Lyrics = p.Variant.Text })
            .ToList();
        if (tracks.Count > 0)
        {
            return new ProviderProgress(ProviderStage.Complete, tracks);
        }

        var reason = variants.Select(v => Blank(v.ErrorMessage)).FirstOrDefault(m => m is not null);
        return ProviderProgress.Failed(reason is null
            ? new ProviderFailure("no-lyrics", new TaskFailure.NoLyrics())
            : SunoApiErrors.ForOperationStatus(OperationKind.Lyrics, "no-lyrics", null, reason));
    }

    private static IReadOnlyList<ProviderTrack> WavTracks(string? url) =>
        Blank(url) is { } wav ? [new ProviderTrack { Index = 1, AudioUrl = wav }] : [];

    private static IReadOnlyList<ProviderTrack> StemTracks(SunoStems? stems) => stems is null
        ? []
        : [.. StemOrder
            .Select((stem, i) => (stem.Name, Url: Blank(stem.Url(stems)), Index: i + 1))
            .Where(s => s.Url is not null)
            .Select(s => new ProviderTrack { Index = s.Index, Title = s.Name, AudioUrl = s.Url })];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
