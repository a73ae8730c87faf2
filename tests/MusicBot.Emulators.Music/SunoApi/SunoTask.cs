using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Music.SunoApi;

/// <summary>One emulated task (music, lyrics, WAV or stems) and what record-info reports about it.</summary>
public sealed class SunoTask
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Operation { get; init; }

    public required JsonObject Param { get; init; }

    public required string CallbackUrl { get; init; }

    public required SunoTaskScript Script { get; init; }

    public required long CreatedAtMs { get; init; }

    public double Cost { get; init; }

    /// <summary>The model the task ran on: add-vocals and add-instrumental default to V4_5PLUS (§2.3).</summary>
    public string Model => (string?)Param["model"] ?? (Operation is "add_vocals" or "add_instrumental" ? "V4_5PLUS" : "V4_5");

    public string Status { get; set; } = "PENDING";

    public List<SunoTrackState> Tracks { get; } = [];

    public int? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    /// <summary>Lyrics variants, WAV url, stem urls, by kind.</summary>
    public JsonObject Result { get; } = [];
}

/// <summary>One generated track: stream first, then the downloadable file and its length.</summary>
public sealed class SunoTrackState
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Tags { get; init; }

    public required string Lyrics { get; init; }

    public required string ModelName { get; init; }

    public required string StreamUrl { get; init; }

    public required string ImageUrl { get; init; }

    public required string FileUrl { get; init; }

    public required double Duration { get; init; }

    public bool IsStreaming { get; set; }

    public bool IsReady { get; set; }
}
