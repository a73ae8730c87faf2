namespace MusicBot.Core.Songs;

/// <summary>
/// What a user has collected so far for their next song: the song's fields, and the provider and model to make it
/// with. The chosen provider's rules decide what is missing or too long.
/// </summary>
public sealed record Draft : SongFields
{
    public static readonly Draft Empty = new();

    public Draft()
    {
    }

    /// <summary>A draft of <paramref name="song"/>'s fields, for the bot's default provider and model.</summary>
    public Draft(SongFields song)
        : base(song)
    {
    }

    /// <summary>Provider name (<c>local</c>, <c>sunoapi</c>, <c>musicapi</c>, <c>topview</c>); null means the bot's default.</summary>
    public string? Provider { get; init; }

    /// <summary>Model name as the user typed it; null means the provider's default model.</summary>
    public string? Model { get; init; }
}
