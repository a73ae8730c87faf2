using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Music.MusicApi;

/// <summary>One emulated sonic task: its request, its two clips and their state.</summary>
public sealed class MusicApiTask
{
    public required string Id { get; init; }

    public required JsonObject Request { get; init; }

    public required MusicApiTaskScript Script { get; init; }

    public required double Cost { get; init; }

    public string State { get; set; } = "pending";

    public List<MusicApiClipState> Clips { get; } = [];
}

public sealed class MusicApiClipState
{
    public required string ClipId { get; init; }

    public required string Title { get; init; }

    public required string Tags { get; init; }

    public required string Lyrics { get; init; }

    public required string AudioUrl { get; init; }

    public required string StreamUrl { get; init; }

    public required string ImageUrl { get; init; }

    public required double Duration { get; init; }

    public required string CreatedAt { get; init; }
}
