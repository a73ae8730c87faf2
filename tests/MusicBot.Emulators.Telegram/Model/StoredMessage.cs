using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Telegram.Model;

/// <summary>Any message in a chat (a user's or the bot's) as its Message JSON, for replies and callback queries.</summary>
public sealed record StoredMessage(long ChatId, int MessageId, long FromId, JsonObject Json);
