using System.Text.Json.Serialization;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.SunoApi;

// Callback bodies (music-apis.md §2.5). Music callbacks use snake_case tracks and data.task_id; lyrics and cover
// image callbacks say data.taskId; MIDI puts task_id at the top. One lenient shape reads them all.

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
}

public sealed record SunoCallbackData
{
    public string? CallbackType { get; init; }

    [JsonPropertyName("task_id")]
    public string? SnakeTaskId { get; init; }

    public string? TaskId { get; init; }

    public IReadOnlyList<SunoCallbackTrack>? Data { get; init; }

    public string? AudioWavUrl { get; init; }
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
}
