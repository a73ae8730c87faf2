using System.Text.Json;
using System.Text.Json.Serialization;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.Topview;

// Topview AI Music shapes (music-apis.md §4). Envelope {code: string, message, result}; business errors arrive
// with HTTP 200 and result null, so the code decides.

public sealed record TopviewEnvelope<T>(
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? Code,
    string? Message,
    T? Result);

public sealed record TopviewReferenceAudio(string FileId, string? FileName, double? ClipStart, double? ClipEnd);

/// <summary><c>POST /v1/common_task/ai_music/task/submit</c>. Lyrics are left out when instrumental: the API ignores them.</summary>
public sealed record TopviewSubmitBody
{
    public required string Model { get; init; }

    public required bool Instrumental { get; init; }

    public string? Lyrics { get; init; }

    public string? Styles { get; init; }

    public bool? EnhancePrompt { get; init; }

    public TopviewReferenceAudio? ReferenceAudio { get; init; }

    public string? BoardId { get; init; }

    public string? NoticeUrl { get; init; }
}

public sealed record TopviewSubmitResult(string? TaskId, string? Status, string? ErrorMsg, string? BoardId, string? NoticeUuid);

public sealed record TopviewOutput(string? FileId, string? Url);

public sealed record TopviewQueryResult
{
    public string? TaskId { get; init; }

    public string? Status { get; init; }

    public string? ErrorMsg { get; init; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? CostCredit { get; init; }

    public string? Styles { get; init; }

    public bool? EnhancePrompt { get; init; }

    public string? EnhancePromptStyle { get; init; }

    public IReadOnlyList<TopviewOutput>? Outputs { get; init; }
}

public sealed record TopviewCreditDetail(
    string? Uid,
    [property: JsonConverter(typeof(LenientDoubleConverter))] double? RemainCredit,
    string? ExpiredTime);

/// <summary>
/// What Topview posts to <c>noticeUrl</c>. The docs show <c>result</c> as a placeholder string; it is read as the
/// query result object, or as a string holding that object's JSON.
/// </summary>
public sealed record TopviewCallback(
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? Uuid,
    string? BizType,
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? TaskId,
    string? Status,
    string? ErrorMsg,
    JsonElement? Result);

public sealed record TopviewAckResult(string? Uuid, string? TopviewUid, string Result);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(TopviewSubmitBody))]
[JsonSerializable(typeof(TopviewEnvelope<TopviewSubmitResult>))]
[JsonSerializable(typeof(TopviewEnvelope<TopviewQueryResult>))]
[JsonSerializable(typeof(TopviewEnvelope<TopviewCreditDetail>))]
[JsonSerializable(typeof(TopviewEnvelope<TopviewAckResult>))]
[JsonSerializable(typeof(TopviewQueryResult))]
[JsonSerializable(typeof(TopviewCallback))]
public sealed partial class TopviewJsonContext : JsonSerializerContext;
