using System.Text.Json;

namespace MusicBot.Telegram.Api.Models;

/// <summary>
/// Every Bot API answer: <c>{"ok":true,"result":…}</c>, or <c>{"ok":false,"error_code":…,"description":…,"parameters":…}</c>.
/// The result stays raw until the caller says what it is (editMessageText answers a Message or <c>true</c>).
/// </summary>
public sealed record ResponseEnvelope
{
    public bool Ok { get; init; }

    public JsonElement Result { get; init; }

    public int? ErrorCode { get; init; }

    public string? Description { get; init; }

    public ResponseParameters? Parameters { get; init; }
}

/// <summary>Hints that let a client handle an error automatically.</summary>
public sealed record ResponseParameters
{
    /// <summary>The group became a supergroup with this id; repeat the request there.</summary>
    public long? MigrateToChatId { get; init; }

    /// <summary>Flood control: seconds to wait before repeating the request.</summary>
    public int? RetryAfter { get; init; }
}
