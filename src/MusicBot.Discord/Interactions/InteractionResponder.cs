using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Observability;
using MusicBot.Discord.Json;
using MusicBot.Discord.Rest;

namespace MusicBot.Discord.Interactions;

/// <summary>
/// Answers an interaction within Discord's 3 seconds (reference A4): the handler's answer goes out as the callback when
/// it is ready within the ack budget; otherwise a deferred acknowledgement goes first and the answer follows as an
/// edit of the original response. The clock starts when the event was read from the gateway, not when work began.
/// </summary>
public sealed partial class InteractionResponder(
    DiscordApi api,
    AckRegistry acks,
    IOptions<DiscordOptions> options,
    MusicBotMetrics metrics,
    TimeProvider time,
    ILogger<InteractionResponder> logger)
{
    public async Task RespondAsync(InteractionContext context, DeferKind defer, Task<InteractionReply> work, FirstAnswer firstAnswer, long receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(firstAnswer);
        var interaction = context.Interaction;
        acks.Begin(interaction.Id);
        try
        {
            var budget = options.Value.AckBudget - time.GetElapsedTime(receivedAt);
            if (defer != DeferKind.None && budget > TimeSpan.Zero)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                await Task.WhenAny(work, Task.Delay(budget, time, wait.Token));
                await wait.CancelAsync();
            }

            if (defer == DeferKind.None || work.IsCompleted)
            {
                await SendInitialAsync(interaction, await work, firstAnswer, receivedAt, cancellationToken);
                return;
            }

            var deferred = defer == DeferKind.Update
                ? new InteractionResponse(InteractionResponse.DeferredUpdateMessage)
                : new InteractionResponse(InteractionResponse.DeferredChannelMessage, defer == DeferKind.Ephemeral ? new System.Text.Json.Nodes.JsonObject { ["flags"] = MessagePayload.EphemeralFlag } : null);
            if (!Check(await firstAnswer.SendAsync(interaction, deferred, null, cancellationToken), interaction, receivedAt))
            {
                return;
            }

            await SendAfterDeferAsync(interaction, defer, await work, receivedAt, cancellationToken);
        }
        finally
        {
            acks.Complete(interaction.Id);
        }
    }

    private async Task SendInitialAsync(Interaction interaction, InteractionReply reply, FirstAnswer firstAnswer, long receivedAt, CancellationToken cancellationToken)
    {
        var (response, files) = reply switch
        {
            InteractionReply.Modal modal => (new InteractionResponse(InteractionResponse.Modal, DiscordApi.ToNode(modal.Payload)), null),
            InteractionReply.Update update when interaction.Type == InteractionTypes.Component => (new InteractionResponse(InteractionResponse.UpdateMessage, DiscordApi.ToNode(update.Payload)), null),
            InteractionReply.Update update => (new InteractionResponse(InteractionResponse.ChannelMessage, DiscordApi.ToNode(update.Payload with { Flags = MessagePayload.EphemeralFlag })), null),
            InteractionReply.Message message => (new InteractionResponse(InteractionResponse.ChannelMessage, DiscordApi.ToNode(WithFlags(message))), message.Files),
            _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, null),
        };
        Check(await firstAnswer.SendAsync(interaction, response, files, cancellationToken), interaction, receivedAt);
    }

    private async Task SendAfterDeferAsync(Interaction interaction, DeferKind defer, InteractionReply reply, long receivedAt, CancellationToken cancellationToken)
    {
        var result = await SendAfterDeferOnceAsync(interaction, defer, reply, cancellationToken);
        for (var attempt = 1; attempt <= 5 && FirstAnswer.IsNotKnownYet(result, time.GetElapsedTime(receivedAt)); attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), time, cancellationToken);
            result = await SendAfterDeferOnceAsync(interaction, defer, reply, cancellationToken);
        }

        if (!result.IsSuccess)
        {
            LogFollowUpFailed(interaction.Id, result.Describe());
        }
    }

    private async Task<DiscordRestResult> SendAfterDeferOnceAsync(Interaction interaction, DeferKind defer, InteractionReply reply, CancellationToken cancellationToken)
    {
        var app = interaction.ApplicationId;
        return (defer, reply) switch
        {
            (DeferKind.Update, InteractionReply.Update update) => await api.EditOriginalAsync(app, interaction.Token, update.Payload, null, cancellationToken),
            (DeferKind.Update, InteractionReply.Message message) => await api.FollowUpAsync(app, interaction.Token, WithFlags(message), message.Files, cancellationToken),
            (DeferKind.Public, InteractionReply.Message { IsEphemeral: true } message) => await ReplaceWithEphemeralAsync(interaction, message, cancellationToken),
            (_, InteractionReply.Message message) => await api.EditOriginalAsync(app, interaction.Token, message.Payload, message.Files, cancellationToken),
            (_, InteractionReply.Update update) => await api.EditOriginalAsync(app, interaction.Token, update.Payload, null, cancellationToken),
            _ => throw new InvalidOperationException($"{reply.GetType().Name} cannot follow a deferral."),
        };
    }

    /// <summary>
    /// A public "thinking…" cannot turn ephemeral, and the first follow-up after a deferral fills the deferred response
    /// with the deferral's visibility (or fails once that response is deleted, reference A4.3). So the original is
    /// edited first, which ends the deferral; then the private answer goes out as a real follow-up, and the public
    /// placeholder is removed.
    /// </summary>
    private async Task<DiscordRestResult> ReplaceWithEphemeralAsync(Interaction interaction, InteractionReply.Message message, CancellationToken cancellationToken)
    {
        var ended = await api.EditOriginalAsync(interaction.ApplicationId, interaction.Token, PrivatePlaceholder, null, cancellationToken);
        if (!ended.IsSuccess)
        {
            return ended;
        }

        var answered = await api.FollowUpAsync(interaction.ApplicationId, interaction.Token, WithFlags(message), message.Files, cancellationToken);
        if (answered.IsSuccess)
        {
            await api.DeleteOriginalAsync(interaction.ApplicationId, interaction.Token, cancellationToken);
        }

        return answered;
    }

    /// <summary>What the channel sees for a moment (or for good, if the delete fails) instead of the private answer.</summary>
    private static MessagePayload PrivatePlaceholder => new() { Content = "Answered privately." };

    private bool Check(DiscordRestResult result, Interaction interaction, long receivedAt)
    {
        var latency = time.GetElapsedTime(receivedAt);
        if (result.IsSuccess)
        {
            metrics.AckLatency("discord", latency);
            return true;
        }

        if (result.ErrorCode == DiscordRestResult.AlreadyAcknowledged)
        {
            LogAlreadyAcknowledged(interaction.Id);
        }
        else
        {
            LogAckFailed(interaction.Id, latency.TotalMilliseconds, result.Describe());
        }

        return false;
    }

    private static MessagePayload WithFlags(InteractionReply.Message message) =>
        message.IsEphemeral ? message.Payload with { Flags = (message.Payload.Flags ?? 0) | MessagePayload.EphemeralFlag } : message.Payload;

    [LoggerMessage(EventId = 5301, Level = LogLevel.Warning, Message = "Interaction {InteractionId} could not be acknowledged after {Elapsed:0} ms: {Result}")]
    private partial void LogAckFailed(string interactionId, double elapsed, string result);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Information, Message = "Interaction {InteractionId} was already acknowledged (a repeated event)")]
    private partial void LogAlreadyAcknowledged(string interactionId);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Warning, Message = "Interaction {InteractionId}: the answer after the deferral failed: {Result}")]
    private partial void LogFollowUpFailed(string interactionId, string result);
}
