using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Discord.State;

/// <summary>The emulated world: interactions by id and token, messages, registered commands, files on the CDN route.</summary>
public sealed class EmulatorState
{
    private readonly ConcurrentQueue<EmulatedMessage> _messageOrder = new();

    public ConcurrentDictionary<string, EmulatedInteraction> Interactions { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, EmulatedInteraction> InteractionsByToken { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, EmulatedMessage> Messages { get; } = new(StringComparer.Ordinal);

    /// <summary>Registered commands by scope: <c>global</c> or a guild id.</summary>
    public ConcurrentDictionary<string, JsonArray> Commands { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, StoredAttachment> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Commands created (new names) per scope, against Discord's 200 creates a day.</summary>
    public ConcurrentDictionary<string, int> CommandCreates { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<EmulatedMessage> MessagesInOrder => [.. _messageOrder];

    public void Add(EmulatedInteraction interaction)
    {
        Interactions[interaction.Id] = interaction;
        InteractionsByToken[interaction.Token] = interaction;
    }

    public void Add(EmulatedMessage message)
    {
        Messages[message.Id] = message;
        _messageOrder.Enqueue(message);
    }
}
