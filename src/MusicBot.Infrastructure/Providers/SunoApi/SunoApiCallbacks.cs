using System.Text.Json;
using System.Text.Json.Serialization;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.SunoApi;

// Callback bodies (music-apis.md §2.5). Music callbacks use snake_case tracks and data.task_id; lyrics and cover
// image callbacks say data.taskId; MIDI puts task_id at the top; WAV and vocal-separation callbacks have no
// callbackType at all. One lenient shape reads them all, and Kind says which one arrived.

/// <summary>Which sunoapi callback a body is, told by its shape (the address says only "sunoapi").</summary>
public enum SunoCallbackKind
{
    /// <summary>Anything else: read as a music callback, as before the other kinds were known.</summary>
    Music,
    Lyrics,
    Wav,
    Stems,
}

public sealed record SunoCallbackTrack
{
    public string? Id { get; init; }

    [JsonPropertyName("audio_url")]
    public string? AudioUrl { get; init; }

    [JsonPropertyName("stream_audio_url")]
    public string? StreamAudioUrl { get; init; }

    [JsonPropertyName("image_url")]
    public string? ImageUrl { get; init; }

    public string? Prompt { get; init; }

    [JsonPropertyName("model_name")]
    public string? ModelName { get; init; }

    public string? Title { get; init; }

    public string? Tags { get; init; }

    [JsonConverter(typeof(NumberOrStringConverter))]
    public string? CreateTime { get; init; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Duration { get; init; }

    /// <summary>Lyrics callbacks: one variant per item.</summary>
    public string? Text { get; init; }

    public string? Status { get; init; }

    public string? ErrorMessage { get; init; }

    /// <summary>The kie.ai sibling's lyrics callback spells it in snake_case.</summary>
    [JsonPropertyName("error_message")]
    public string? SnakeErrorMessage { get; init; }
}

/// <summary>A vocal-separation callback's <c>vocal_removal_info</c> (§2.5.4): snake_case, unused stems null or absent.</summary>
public sealed record SunoCallbackStems
{
    [JsonPropertyName("vocal_url")]
    public string? VocalUrl { get; init; }

    [JsonPropertyName("instrumental_url")]
    public string? InstrumentalUrl { get; init; }

    [JsonPropertyName("backing_vocals_url")]
    public string? BackingVocalsUrl { get; init; }

    [JsonPropertyName("drums_url")]
    public string? DrumsUrl { get; init; }

    [JsonPropertyName("bass_url")]
    public string? BassUrl { get; init; }

    [JsonPropertyName("guitar_url")]
    public string? GuitarUrl { get; init; }

    [JsonPropertyName("keyboard_url")]
    public string? KeyboardUrl { get; init; }

    [JsonPropertyName("percussion_url")]
    public string? PercussionUrl { get; init; }

    [JsonPropertyName("strings_url")]
    public string? StringsUrl { get; init; }

    [JsonPropertyName("synth_url")]
    public string? SynthUrl { get; init; }

    [JsonPropertyName("fx_url")]
    public string? FxUrl { get; init; }

    [JsonPropertyName("brass_url")]
    public string? BrassUrl { get; init; }

    [JsonPropertyName("woodwinds_url")]
    public string? WoodwindsUrl { get; init; }

    /// <summary>The same stems as record-info names them, so both are read one way.</summary>
    public SunoStems ToStems() => new()
    {
        VocalUrl = VocalUrl,
        InstrumentalUrl = InstrumentalUrl,
        BackingVocalsUrl = BackingVocalsUrl,
        DrumsUrl = DrumsUrl,
        BassUrl = BassUrl,
        GuitarUrl = GuitarUrl,
        KeyboardUrl = KeyboardUrl,
        PercussionUrl = PercussionUrl,
        StringsUrl = StringsUrl,
        SynthUrl = SynthUrl,
        FxUrl = FxUrl,
        BrassUrl = BrassUrl,
        WoodwindsUrl = WoodwindsUrl,
    };
}

public sealed record SunoCallbackData
{
    public string? CallbackType { get; init; }

    [JsonPropertyName("task_id")]
    public string? SnakeTaskId { get; init; }

    public string? TaskId { get; init; }

    public IReadOnlyList<SunoCallbackTrack>? Data { get; init; }

    // Kept raw: a failed WAV or separation callback sends these keys as null, and only their presence tells
    // those callbacks apart from others without a callbackType (MP4, cover images).
    [JsonPropertyName("audioWavUrl")]
    public JsonElement AudioWav { get; init; }

    [JsonPropertyName("vocal_removal_info")]
    public JsonElement VocalRemovalInfo { get; init; }

    [JsonIgnore]
    public string? AudioWavUrl => AudioWav.ValueKind == JsonValueKind.String ? AudioWav.GetString() : null;

    [JsonIgnore]
    public SunoCallbackStems? Stems => VocalRemovalInfo.ValueKind == JsonValueKind.Object
        ? VocalRemovalInfo.Deserialize(SunoApiJsonContext.Default.SunoCallbackStems)
        : null;
}

public sealed record SunoCallback
{
    [JsonConverter(typeof(NumberOrStringConverter))]
    public string? Code { get; init; }

    public string? Msg { get; init; }

    [JsonPropertyName("task_id")]
    public string? TopTaskId { get; init; }

    public SunoCallbackData? Data { get; init; }

    public string? TaskId => Data?.SnakeTaskId ?? Data?.TaskId ?? TopTaskId;

    [JsonIgnore]
    public bool IsSuccess => Code == "200" && Data?.CallbackType != "error";

    /// <summary>
    /// Lyrics callbacks carry variants with <c>text</c> (or, failed, name the task <c>taskId</c> where music says
    /// <c>task_id</c>); WAV and separation callbacks have their own keys and no <c>callbackType</c>.
    /// </summary>
    [JsonIgnore]
    public SunoCallbackKind Kind => Data switch
    {
        { CallbackType: not null } data when data.Data?.Any(t => t.Text is not null) == true || (data.TaskId is not null && data.SnakeTaskId is null) =>
            SunoCallbackKind.Lyrics,
        { CallbackType: null } data when data.VocalRemovalInfo.ValueKind != JsonValueKind.Undefined => SunoCallbackKind.Stems,
        { CallbackType: null } data when data.AudioWav.ValueKind != JsonValueKind.Undefined => SunoCallbackKind.Wav,
        _ => SunoCallbackKind.Music,
    };
}
