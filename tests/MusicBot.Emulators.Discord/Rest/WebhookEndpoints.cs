using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Emulators.Discord.Rest;

/// <summary>
/// The interaction webhook (reference A4.3): get, edit and delete the original response, and follow-ups. The token is
/// valid for 15 minutes by the emulator's clock, and only once the interaction was acknowledged.
/// </summary>
internal static class WebhookEndpoints
{
    public static async Task OriginalAsync(HttpContext http, EmulatorContext emulator, string applicationId, string token)
    {
        var interaction = await ResolveAsync(http, emulator, applicationId, token);
        if (interaction is null)
        {
            return;
        }

        if (interaction.OriginalMessageId is not { } id || !emulator.State.Messages.TryGetValue(id, out var original) || original.IsDeleted)
        {
            await EmulatorContext.ErrorAsync(http, DiscordError.UnknownMessage);
            return;
        }

        if (HttpMethods.IsDelete(http.Request.Method))
        {
            original.Delete();
            await EmulatorContext.WriteAsync(http, 204, null);
            return;
        }

        if (HttpMethods.IsPatch(http.Request.Method))
        {
            var (body, error) = await RequestBody.ReadAsync(http.Request, emulator.Options.MaxRequestBytes);
            error ??= body?.Json is JsonObject edit
                ? Check(emulator, edit, body.Files, interaction, isEdit: true)
                : DiscordError.InvalidForm("missing message");
            if (error is not null)
            {
                await EmulatorContext.ErrorAsync(http, error);
                return;
            }

            original.Edit((JsonObject)body!.Json!, body.Files.Count > 0 ? [.. original.Attachments, .. emulator.Store(body.Files)] : null);
        }

        await EmulatorContext.WriteAsync(http, 200, emulator.Render(original));
    }

    public static async Task FollowUpAsync(HttpContext http, EmulatorContext emulator, string applicationId, string token)
    {
        var interaction = await ResolveAsync(http, emulator, applicationId, token);
        if (interaction is null)
        {
            return;
        }

        var (body, error) = await RequestBody.ReadAsync(http.Request, emulator.Options.MaxRequestBytes);
        error ??= body?.Json is JsonObject payload
            ? Check(emulator, payload, body.Files, interaction, isEdit: false)
            : DiscordError.InvalidForm("missing message");
        if (error is not null)
        {
            await EmulatorContext.ErrorAsync(http, error);
            return;
        }

        var message = (JsonObject)body!.Json!;
        if (interaction.OriginalMessageId is { } id && emulator.State.Messages.TryGetValue(id, out var original) && original.IsLoading)
        {
            // Deprecated compatibility (reference A4.3): the first follow-up after a deferral fills the original, with
            // the deferral's visibility whatever its flags say; once that response is deleted there is nothing to fill.
            emulator.Record.Violations.Enqueue("a follow-up was used to fill a deferred response; PATCH @original instead");
            if (original.IsDeleted)
            {
                await EmulatorContext.ErrorAsync(http, DiscordError.UnknownMessage);
                return;
            }

            original.Edit(message, emulator.Store(body.Files));
            await EmulatorContext.WriteAsync(http, 200, emulator.Render(original));
            return;
        }

        var channel = interaction.Payload["channel_id"]?.GetValue<string>() ?? emulator.Options.ChannelId;
        var created = emulator.CreateMessage(channel, interaction.Id, "followup", message, body.Files);
        await EmulatorContext.WriteAsync(http, 200, emulator.Render(created));
    }

    private static DiscordError? Check(EmulatorContext emulator, JsonObject message, IReadOnlyList<UploadedFile> files, EmulatedInteraction interaction, bool isEdit)
    {
        var violations = new List<string>();
        var error = MessageRules.Check(message, files, interaction.AttachmentSizeLimit, isEdit, allowEphemeral: true, violations);
        foreach (var violation in violations)
        {
            emulator.Record.Violations.Enqueue(violation);
        }

        return error;
    }

    private static async Task<EmulatedInteraction?> ResolveAsync(HttpContext http, EmulatorContext emulator, string applicationId, string token)
    {
        if (applicationId != emulator.Options.ApplicationId
            || !emulator.State.InteractionsByToken.TryGetValue(token, out var interaction)
            || !interaction.IsAcknowledged)
        {
            await EmulatorContext.ErrorAsync(http, DiscordError.UnknownWebhook);
            return null;
        }

        if (emulator.Clock.Now - interaction.CreatedAt > emulator.Options.TokenLifetime)
        {
            // The 15-minute token has expired (reference A4.3 failure modes).
            await EmulatorContext.ErrorAsync(http, DiscordError.UnknownInteraction);
            return null;
        }

        return interaction;
    }
}
