namespace MusicBot.Emulators.Telegram.Model;

/// <summary>
/// A message the bot sent, as the user would see it: its visible text (markup parsed away), buttons, media and
/// every edit. Updated in place by later edits.
/// </summary>
public sealed class BotMessage
{
    public required long ChatId { get; init; }

    public required int MessageId { get; init; }

    public int? ReplyToMessageId { get; init; }

    /// <summary>The text or caption as sent (HTML included).</summary>
    public string Raw { get; set; } = "";

    /// <summary>What the user reads: the text or caption after entity parsing.</summary>
    public string Text { get; set; } = "";

    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; set; } = [];

    public bool HasForceReply { get; init; }

    public SentAudio? Audio { get; init; }

    public SentDocument? Document { get; init; }

    public List<string> Edits { get; } = [];

    public IEnumerable<Button> AllButtons => Buttons.SelectMany(r => r);

    public Button Button(string textStart) =>
        AllButtons.FirstOrDefault(b => b.Text.Contains(textStart, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No button '{textStart}' on message {MessageId}: {string.Join(", ", AllButtons.Select(b => b.Text))}");
}

/// <summary>An inline-keyboard button.</summary>
public sealed record Button(string Text, string? CallbackData, string? Url);

/// <summary>What sendAudio produced: how the file came (upload or URL), and the music-player fields.</summary>
public sealed record SentAudio(string? Title, string? Performer, int Duration, string FileName, string MimeType, long Size, bool HasThumbnail, bool ViaUrl);

/// <summary>A document (also what sendAudio gives for formats other than MP3/M4A).</summary>
public sealed record SentDocument(string FileName, string MimeType, long Size, byte[] Content);
