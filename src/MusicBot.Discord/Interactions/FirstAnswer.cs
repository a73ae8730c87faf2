using MusicBot.Discord.Json;
using MusicBot.Discord.Rest;

namespace MusicBot.Discord.Interactions;

/// <summary>
/// How an interaction's first answer (the callback: a message, a deferral, a modal) reaches Discord. Everything after
/// it (edits of the original, follow-ups) goes over the REST webhook whichever way the interaction arrived.
/// </summary>
public abstract class FirstAnswer
{
    /// <summary>
    /// Over HTTP, Discord learns the first answer from the reply to its request, a moment after the bot wrote it; a
    /// webhook call that overtakes it finds no interaction yet (10015, 10062). Within this time of the interaction's
    /// arrival such an answer means "not yet", and the call is tried again, rather than "gone".
    /// </summary>
    public static readonly TimeSpan CatchUpTime = TimeSpan.FromSeconds(10);

    /// <summary>True when <paramref name="result"/> says the token is unknown while Discord may still be catching up.</summary>
    public static bool IsNotKnownYet(DiscordRestResult result, TimeSpan sinceArrival)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsInteractionTokenGone && sinceArrival < CatchUpTime;
    }

    public abstract Task<DiscordRestResult> SendAsync(Interaction interaction, InteractionResponse response, IReadOnlyList<DiscordFile>? files, CancellationToken cancellationToken);

    /// <summary>The interaction ended without a first answer (it failed, or the bot is stopping).</summary>
    public virtual void Abandon()
    {
    }
}

/// <summary>A gateway interaction: the first answer is <c>POST /interactions/{id}/{token}/callback</c>.</summary>
public sealed class CallbackFirstAnswer(DiscordApi api) : FirstAnswer
{
    public override Task<DiscordRestResult> SendAsync(Interaction interaction, InteractionResponse response, IReadOnlyList<DiscordFile>? files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return api.RespondAsync(interaction.Id, interaction.Token, response, files, cancellationToken);
    }
}
