using System.Text.Json;
using System.Text.Json.Serialization;

namespace MusicBot.Discord.Json;

/// <summary>
/// Source-generated JSON for every Discord shape the bot reads or writes: snake_case names, nulls left out (Discord
/// treats a missing field and a null one differently, and the bot never means to send null), unknown fields ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionData))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(ModalPayload))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(CurrentApplication))]
[JsonSerializable(typeof(ReadyEvent))]
[JsonSerializable(typeof(IdentifyData))]
[JsonSerializable(typeof(ResumeData))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Delivery.DiscordReplyContext))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
