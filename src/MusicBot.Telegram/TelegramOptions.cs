namespace MusicBot.Telegram;

/// <summary>
/// Section <c>MusicBot:Telegram</c>. Telegram is on when a bot token is given. The token is a secret: it is part of
/// every Bot API URL, so those URLs are never logged.
/// </summary>
public sealed class TelegramOptions
{
    public const string SectionName = "MusicBot:Telegram";

    public string? BotToken { get; set; }

    /// <summary>
    /// The Bot API server: Telegram's, or a local <c>telegram-bot-api</c> (e.g. http://127.0.0.1:8081). Scheme, host and
    /// port only: Telegram.Bot drops any path.
    /// </summary>
    public Uri ApiBaseUrl { get; set; } = new("https://api.telegram.org");

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Webhook mode: the public https address Telegram posts to; the bot serves its path.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>Webhook mode: sent back by Telegram in <c>X-Telegram-Bot-Api-Secret-Token</c>; 1-256 of A-Z a-z 0-9 _ -.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Long-poll wait per getUpdates call; the Bot API caps it at 50 s.</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of an ordinary API call (uploads get <see cref="UploadTimeout"/>).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan UploadTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Pause after a failed poll before the next, so a network blip never spins.</summary>
    public TimeSpan ErrorCooldown { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a getChatMember answer (is this user an admin?) is trusted.</summary>
    public TimeSpan AdminCacheDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A 429 asking to wait longer than this is handed back to the caller instead of waited out in place.</summary>
    public TimeSpan MaxRetryAfterWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Flood control: the gap between two messages to one chat (Telegram FAQ: about one per second).</summary>
    public TimeSpan ChatMessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Flood control: messages per minute to one group (Telegram FAQ: 20).</summary>
    public int GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>Flood control: messages per second over all chats (Telegram FAQ: about 30).</summary>
    public int GlobalMessagesPerSecond { get; set; } = 30;

    /// <summary>
    /// Largest file the bot uploads itself (50 MB on Telegram's servers, up to 2000 MB on a local server). Larger MP3/M4A
    /// of at most 20 MB goes by URL (Telegram fetches no more); anything else past the limit is sent as a download link.
    /// </summary>
    public long MaxUploadBytes { get; set; } = CloudUploadLimit;

    internal const long CloudUploadLimit = 50L * 1024 * 1024;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>True when <see cref="ApiBaseUrl"/> is not Telegram's own server (a local <c>telegram-bot-api</c>, or the emulator).</summary>
    public bool IsLocalServer => !string.Equals(ApiBaseUrl.Host, TelegramCloudHost, StringComparison.OrdinalIgnoreCase);

    internal const string TelegramCloudHost = "api.telegram.org";
}
