using System.Globalization;

namespace MusicBot.Core.Operations;

/// <summary>
/// The operation part of a <see cref="Providers.GenerationRequest"/>: what to do and to which track, with the source
/// track's provider ids copied in at submit time so the request stands on its own after a restart.
/// </summary>
public sealed record TrackOperation
{
    public required OperationKind Kind { get; init; }

    /// <summary>The bot's task that made the source track; null for <see cref="OperationKind.Lyrics"/>.</summary>
    public long? SourceTaskId { get; init; }

    /// <summary>The source track's index within its task (<see cref="Providers.ProviderTrack.Index"/>).</summary>
    public int? SourceTrackIndex { get; init; }

    /// <summary>The provider's id of the source task (sunoapi's WAV and stems calls name both task and track).</summary>
    public string? SourceProviderTaskId { get; init; }

    /// <summary>The provider's id of the source track (sunoapi <c>audioId</c>, MusicAPI <c>clip_id</c>).</summary>
    public string? SourceTrackId { get; init; }

    /// <summary>Where the source audio can be downloaded (add vocals / add instrumental upload it by URL).</summary>
    public string? SourceAudioUrl { get; init; }

    public double? SourceDurationSeconds { get; init; }

    /// <summary>Extend: continue from this second of the source; null lets the provider continue from the end.</summary>
    public double? ContinueAtSeconds { get; init; }

    /// <summary>Lyrics: what the song should be about.</summary>
    public string? Prompt { get; init; }

    /// <summary>
    /// What the task does to what, as plain text for messages: "extending song #3, take 2 from 60 s", "splitting song #3,
    /// take 1 into stems", "writing lyrics about “rain”" (a long topic is shortened). Adapters escape it for their markup.
    /// </summary>
    public string Doing()
    {
        var take = SourceTrackIndex is { } index ? string.Create(CultureInfo.InvariantCulture, $", take {index}") : "";
        var source = SourceTaskId is { } id ? string.Create(CultureInfo.InvariantCulture, $"song #{id}{take}") : "your song";
        return Kind switch
        {
            OperationKind.Extend when ContinueAtSeconds is { } at => string.Create(CultureInfo.InvariantCulture, $"extending {source} from {at:0.#} s"),
            OperationKind.Extend => $"extending {source}",
            OperationKind.AddVocals => $"adding vocals to {source}",
            OperationKind.AddInstrumental => $"adding an instrumental to {source}",
            OperationKind.Wav => $"converting {source} to WAV",
            OperationKind.Stems => $"splitting {source} into stems",
            OperationKind.Lyrics => $"writing lyrics about “{Shorten(Prompt ?? "", 100)}”",
            _ => throw new InvalidOperationException($"Unknown operation {Kind}."),
        };
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
