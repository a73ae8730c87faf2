using MusicBot.Discord.Json;
using MusicBot.Discord.Rest;

namespace MusicBot.Discord.Interactions;

/// <summary>What a handler answers; <see cref="InteractionResponder"/> turns it into the right callback or edit.</summary>
public abstract record InteractionReply
{
    private InteractionReply()
    {
    }

    /// <summary>A message: a new one (the interaction's response), ephemeral or visible to the channel.</summary>
    public sealed record Message(MessagePayload Payload, bool IsEphemeral, IReadOnlyList<DiscordFile>? Files = null) : InteractionReply;

    /// <summary>Components only: replace the message the clicked component is on.</summary>
    public sealed record Update(MessagePayload Payload) : InteractionReply;

    /// <summary>Open a modal. Only possible as the first answer, so handlers that return one are never deferred.</summary>
    public sealed record Modal(ModalPayload Payload) : InteractionReply;
}
