using System.Text.Json.Serialization;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.MusicApi;

// MusicAPI.ai sonic shapes (music-apis.md §3), snake_case on the wire. No envelope on create; {code, data, message}
// on the task query and the webhook; errors are a real HTTP status with a message.

/// <summary><c>POST /api/v1/sonic/create</c>. <c>task_type</c> picks create_music, extend_music or cover_music.</summary>
public sealed record MusicApiCreateBody
{
    public string? TaskType { get; init; }

    /// <summary>Required by create_music; the extend and cover guides leave it out.</summary>
    public bool? CustomMode { get; init; }

    public required string Mv { get; init; }

    public string? Prompt { get; init; }

    public string? Title { get; init; }

    public string? Tags { get; init; }

    public string? NegativeTags { get; init; }

    public bool? MakeInstrumental { get; init; }

    public string? GptDescriptionPrompt { get; init; }

    /// <summary>With custom mode: the AI writes lyrics, treating <c>prompt</c> as a description.</summary>
    public bool? AutoLyrics { get; init; }

    public string? ContinueClipId { get; init; }

    public double? ContinueAt { get; init; }

    public string? VocalGender { get; init; }

    public decimal? StyleWeight { get; init; }

    public decimal? WeirdnessConstraint { get; init; }

    public decimal? AudioWeight { get; init; }

    public string? WebhookUrl { get; init; }

    public string? WebhookSecret { get; init; }
}

public sealed record MusicApiCreateAccepted(string? Message, string? TaskId);

public sealed record MusicApiClip
{
    public string? ClipId { get; init; }

    public string? State { get; init; }

    public string? Title { get; init; }

    public string? Tags { get; init; }

    public string? Lyrics { get; init; }

    public string? ImageUrl { get; init; }

    public string? AudioUrl { get; init; }

    public string? VideoUrl { get; init; }

    [JsonConverter(typeof(NumberOrStringConverter))]
    public string? CreatedAt { get; init; }

    public string? Mv { get; init; }

    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Duration { get; init; }

    /// <summary>Not documented; read when a failed clip carries it.</summary>
    public string? ErrorMessage { get; init; }
}

/// <summary>The task query's and the webhook's body. <c>task_id</c> is not documented there; read when present.</summary>
public sealed record MusicApiTask(
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? Code,
    IReadOnlyList<MusicApiClip>? Data,
    string? Message,
    string? TaskId);

public sealed record MusicApiCredits(
    [property: JsonConverter(typeof(LenientDoubleConverter))] double? Credits,
    [property: JsonConverter(typeof(LenientDoubleConverter))] double? ExtraCredits);

/// <summary>An error answer; the text is under <c>message</c> (the vendor SDK reads that), sometimes <c>error</c>.</summary>
public sealed record MusicApiError(string? Message, string? Error)
{
    public string? Text => Message ?? Error;
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(MusicApiCreateBody))]
[JsonSerializable(typeof(MusicApiCreateAccepted))]
[JsonSerializable(typeof(MusicApiTask))]
[JsonSerializable(typeof(MusicApiCredits))]
[JsonSerializable(typeof(MusicApiError))]
public sealed partial class MusicApiJsonContext : JsonSerializerContext;
