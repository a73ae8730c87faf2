using System.Text.Json.Nodes;

namespace MusicBot.Discord.Json;

/// <summary>An interaction callback body: the callback type and its data (a message, a modal, or only flags).</summary>
public sealed record InteractionResponse(int Type, JsonNode? Data = null)
{
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
    public const int Modal = 9;
}

/// <summary>The data of a modal response: 1–100 character custom id, title of at most 45 characters, 1–5 components.</summary>
public sealed record ModalPayload(string CustomId, string Title, List<Component> Components);
