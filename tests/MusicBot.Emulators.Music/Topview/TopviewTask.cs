using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Music.Topview;

/// <summary>One emulated AI-music task.</summary>
public sealed class TopviewTask
{
    public required string Id { get; init; }

    public required JsonObject Request { get; init; }

    public required TopviewTaskScript Script { get; init; }

    public string? NoticeUuid { get; init; }

    public string Status { get; set; } = "init";

    public double? CostCredit { get; set; }

    public List<(string FileId, string Url)> Outputs { get; } = [];

    /// <summary>Acknowledgements the bot answered, valid or not, for the contract checks.</summary>
    public ConcurrentQueue<bool> Acknowledgements { get; } = new();
}
