namespace MusicBot.Discord.Json;

/// <summary>
/// The body of every message the bot creates or edits (interaction responses, webhook edits and follow-ups, channel
/// messages). <see cref="AllowedMentions"/> is required and defaults to "parse nothing": user text never pings anyone.
/// </summary>
public sealed record MessagePayload
{
    public const int EphemeralFlag = 1 << 6;

    public string? Content { get; init; }

    public List<Embed>? Embeds { get; init; }

    public List<Component>? Components { get; init; }

    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    public int? Flags { get; init; }

    /// <summary>Uploaded files: <c>id</c> is the <c>n</c> of the <c>files[n]</c> part. On an edit, the full list to keep.</summary>
    public List<AttachmentRef>? Attachments { get; init; }
}

public sealed record AllowedMentions(List<string> Parse)
{
    public static AllowedMentions None => new([]);
}

public sealed record AttachmentRef(int Id, string Filename, string? Description = null);

public sealed record Embed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public int? Color { get; init; }

    public List<EmbedField>? Fields { get; init; }

    public EmbedText? Footer { get; init; }

    public EmbedMedia? Thumbnail { get; init; }

    public EmbedMedia? Image { get; init; }
}

public sealed record EmbedField(string Name, string Value, bool Inline = false);

public sealed record EmbedText(string Text);

public sealed record EmbedMedia(string Url);
