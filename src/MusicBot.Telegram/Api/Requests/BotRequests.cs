using MusicBot.Telegram.Api.Models;

namespace MusicBot.Telegram.Api.Requests;

/// <summary>getUpdates: <see cref="Offset"/> confirms every update below it; <see cref="Timeout"/> is the long-poll wait in seconds.</summary>
public sealed record GetUpdatesRequest
{
    public long? Offset { get; init; }

    public int? Limit { get; init; }

    public int Timeout { get; init; }

    public IReadOnlyList<string>? AllowedUpdates { get; init; }
}

/// <summary>setMyCommands for one scope (default scope when null).</summary>
public sealed record SetMyCommandsRequest(IReadOnlyList<BotCommand> Commands, BotCommandScope? Scope = null);

/// <summary>setWebhook: Telegram POSTs every update to <see cref="Url"/> with the secret in a header.</summary>
public sealed record SetWebhookRequest
{
    public string Url { get; init; } = "";

    public string? SecretToken { get; init; }

    public IReadOnlyList<string>? AllowedUpdates { get; init; }

    public int? MaxConnections { get; init; }

    public bool? DropPendingUpdates { get; init; }
}

/// <summary>deleteWebhook: back to getUpdates.</summary>
public sealed record DeleteWebhookRequest(bool DropPendingUpdates = false);

/// <summary>sendAudio by URL (JSON body): Telegram downloads at most 20 MB itself, and needs audio/mpeg or audio/mp4.</summary>
public sealed record SendAudioByUrlRequest
{
    public long ChatId { get; init; }

    public string Audio { get; init; } = "";

    public string? Caption { get; init; }

    public string? ParseMode { get; init; }

    public int? Duration { get; init; }

    public string? Performer { get; init; }

    public string? Title { get; init; }

    public ReplyParameters? ReplyParameters { get; init; }

    public ReplyMarkup? ReplyMarkup { get; init; }
}
