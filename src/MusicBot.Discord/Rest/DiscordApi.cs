using System.Text.Json;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Rest;

/// <summary>The Discord REST calls the bot makes (reference C1): each is one route on <see cref="DiscordRestClient"/>.</summary>
public sealed class DiscordApi(DiscordRestClient rest)
{
    private static DiscordJsonContext Json => DiscordJsonContext.Default;

    public async Task<(DiscordRestResult Result, GatewayBotInfo? Info)> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var result = await rest.SendAsync(DiscordRoute.Get("/gateway/bot"), null, cancellationToken);
        return (result, result is { IsSuccess: true, Body: { } body } ? body.Deserialize(Json.GatewayBotInfo) : null);
    }

    /// <summary>The bot's own application: its id (which READY gives in gateway mode) and its public key.</summary>
    public async Task<(DiscordRestResult Result, CurrentApplication? Application)> GetCurrentApplicationAsync(CancellationToken cancellationToken)
    {
        var result = await rest.SendAsync(DiscordRoute.Get("/applications/@me"), null, cancellationToken);
        return (result, result is { IsSuccess: true, Body: { } body } ? body.Deserialize(Json.CurrentApplication) : null);
    }

    /// <summary>Replaces the application's commands, globally or in one guild (guild commands update instantly).</summary>
    public Task<DiscordRestResult> OverwriteCommandsAsync(string applicationId, string? guildId, List<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var route = guildId is null
            ? DiscordRoute.Put("/applications/{application_id}/commands", applicationId)
            : DiscordRoute.Put("/applications/{application_id}/guilds/{guild_id}/commands", applicationId, guildId);
        return rest.SendAsync(route, DiscordBody.Json(commands, Json.ListApplicationCommand), cancellationToken);
    }

    public Task<DiscordRestResult> RespondAsync(string interactionId, string token, InteractionResponse response, IReadOnlyList<DiscordFile>? files, CancellationToken cancellationToken) =>
        rest.SendAsync(
            DiscordRoute.Post("/interactions/{interaction_id}/{interaction_token}/callback", interactionId, token),
            DiscordBody.Json(response, Json.InteractionResponse, files),
            cancellationToken);

    public Task<DiscordRestResult> EditOriginalAsync(string applicationId, string token, MessagePayload message, IReadOnlyList<DiscordFile>? files, CancellationToken cancellationToken) =>
        rest.SendAsync(
            DiscordRoute.Patch("/webhooks/{application_id}/{interaction_token}/messages/@original", applicationId, token),
            DiscordBody.Json(message, Json.MessagePayload, files),
            cancellationToken);

    public Task<DiscordRestResult> DeleteOriginalAsync(string applicationId, string token, CancellationToken cancellationToken) =>
        rest.SendAsync(DiscordRoute.Delete("/webhooks/{application_id}/{interaction_token}/messages/@original", applicationId, token), null, cancellationToken);

    public Task<DiscordRestResult> FollowUpAsync(string applicationId, string token, MessagePayload message, IReadOnlyList<DiscordFile>? files, CancellationToken cancellationToken) =>
        rest.SendAsync(
            DiscordRoute.Post("/webhooks/{application_id}/{interaction_token}", applicationId, token),
            DiscordBody.Json(message, Json.MessagePayload, files),
            cancellationToken);

    public Task<DiscordRestResult> CreateMessageAsync(string channelId, MessagePayload message, IReadOnlyList<DiscordFile>? files, CancellationToken cancellationToken) =>
        rest.SendAsync(
            DiscordRoute.Post("/channels/{channel_id}/messages", channelId),
            DiscordBody.Json(message, Json.MessagePayload, files),
            cancellationToken);

    /// <summary>Serializes a message as callback data (type 4 or 7).</summary>
    public static System.Text.Json.Nodes.JsonNode? ToNode(MessagePayload message) => JsonSerializer.SerializeToNode(message, Json.MessagePayload);

    public static System.Text.Json.Nodes.JsonNode? ToNode(ModalPayload modal) => JsonSerializer.SerializeToNode(modal, Json.ModalPayload);
}
