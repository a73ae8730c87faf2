using System.Text.Json.Serialization;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.SunoApi;

// Response shapes (music-apis.md §2.2, §2.4). Parsing is lenient: times are number or string, durations may be
// null, missing or strings, statuses and model names are kept as text so unknown values never fail a read.

/// <summary>Every answer: <c>{code, msg, data}</c>. The body's <c>code</c>, not the HTTP status, says whether it worked.</summary>
public sealed record SunoEnvelope<T>(int Code, string? Msg, T? Data);

public sealed record SunoTaskId(string? TaskId);

public sealed record SunoTrack
{
    public string? Id { get; init; }

    public string? AudioUrl { get; init; }

    public string? SourceAudioUrl { get; init; }

    public string? StreamAudioUrl { get; init; }

    public string? SourceStreamAudioUrl { get; init; }

    public string? ImageUrl { get; init; }

    public string? SourceImageUrl { get; init; }

    public string? Prompt { get; init; }

    public string? ModelName { get; init; }

    public string? Title { get; init; }

    public string? Tags { get; init; }

    [JsonConverter(typeof(NumberOrStringConverter))]
    public string? CreateTime { get; init; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Duration { get; init; }
}

public sealed record SunoRecordResponse(string? TaskId, IReadOnlyList<SunoTrack>? SunoData);

/// <summary><c>GET /api/v1/generate/record-info</c>: the music task and its tracks.</summary>
public sealed record SunoRecordInfo
{
    public string? TaskId { get; init; }

    public string? ParentMusicId { get; init; }

    public string? Param { get; init; }

    public SunoRecordResponse? Response { get; init; }

    public string? Status { get; init; }

    public string? Type { get; init; }

    public string? OperationType { get; init; }

    [JsonConverter(typeof(NumberOrStringConverter))]
    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    [JsonConverter(typeof(NumberOrStringConverter))]
    public string? CreateTime { get; init; }
}

public sealed record SunoLyricsVariant(string? Text, string? Title, string? Status, string? ErrorMessage);

/// <summary>The variants array is <c>lyricsData</c> in the published example and <c>data</c> in the schema: read both.</summary>
public sealed record SunoLyricsResponse(string? TaskId, IReadOnlyList<SunoLyricsVariant>? LyricsData, IReadOnlyList<SunoLyricsVariant>? Data)
{
    public IReadOnlyList<SunoLyricsVariant> Variants => LyricsData ?? Data ?? [];
}

public sealed record SunoLyricsRecord(
    string? TaskId,
    string? Param,
    SunoLyricsResponse? Response,
    string? Status,
    string? Type,
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? ErrorCode,
    string? ErrorMessage);

public sealed record SunoWavResponse(string? AudioWavUrl);

public sealed record SunoWavRecord(
    string? TaskId,
    string? MusicId,
    SunoWavResponse? Response,
    string? SuccessFlag,
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? CompleteTime,
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? CreateTime,
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? ErrorCode,
    string? ErrorMessage);

public sealed record SunoStems
{
    public string? OriginUrl { get; init; }

    public string? InstrumentalUrl { get; init; }

    public string? VocalUrl { get; init; }

    public string? BackingVocalsUrl { get; init; }

    public string? DrumsUrl { get; init; }

    public string? BassUrl { get; init; }

    public string? GuitarUrl { get; init; }

    public string? KeyboardUrl { get; init; }

    public string? PercussionUrl { get; init; }

    public string? StringsUrl { get; init; }

    public string? SynthUrl { get; init; }

    public string? FxUrl { get; init; }

    public string? BrassUrl { get; init; }

    public string? WoodwindsUrl { get; init; }
}

public sealed record SunoVocalRemovalRecord(
    string? TaskId,
    string? MusicId,
    SunoStems? Response,
    string? SuccessFlag,
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? CompleteTime,
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? CreateTime,
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? ErrorCode,
    string? ErrorMessage);

public sealed record SunoAlignedWord(
    string? Word,
    bool Success,
    [property: JsonConverter(typeof(LenientDoubleConverter))] double? StartS,
    [property: JsonConverter(typeof(LenientDoubleConverter))] double? EndS,
    [property: JsonConverter(typeof(LenientDoubleConverter))] double? Palign);

public sealed record SunoTimestampedLyrics(
    IReadOnlyList<SunoAlignedWord>? AlignedWords,
    IReadOnlyList<double>? WaveformData,
    [property: JsonConverter(typeof(LenientDoubleConverter))] double? HootCer,
    bool IsStreamed);
