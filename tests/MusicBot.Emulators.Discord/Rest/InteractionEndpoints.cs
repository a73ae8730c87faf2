using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Emulators.Discord.Rest;

/// <summary><c>POST /interactions/{id}/{token}/callback</c> (reference A4.1–A4.2), with the 3-second deadline.</summary>
internal static class InteractionEndpoints
{
    public static async Task CallbackAsync(HttpContext http, EmulatorContext emulator, string id, string token)
    {
        if (!emulator.State.Interactions.TryGetValue(id, out var interaction) || interaction.Token != token)
        {
            await EmulatorContext.ErrorAsync(http, DiscordError.UnknownInteraction);
            return;
        }

        interaction.CountCallback();
        var (body, error) = await RequestBody.ReadAsync(http.Request, emulator.Options.MaxRequestBytes);
        error ??= body?.Json is JsonObject response
            ? Accept(emulator, interaction, response, body.Files)
            : DiscordError.InvalidForm("missing interaction response");
        if (error is not null)
        {
            await EmulatorContext.ErrorAsync(http, error);
            return;
        }

        await EmulatorContext.WriteAsync(http, 204, null);
    }

    /// <summary>
    /// Applies a first answer, from the callback endpoint or from the answer to an HTTP interaction (reference A8):
    /// only one, within the deadline, of a type that fits the interaction.
    /// </summary>
    public static DiscordError? Accept(EmulatorContext emulator, EmulatedInteraction interaction, JsonObject response, IReadOnlyList<UploadedFile> files)
    {
        // Measured from the dispatch, which is stamped before its frame leaves: an answer cannot look earlier than it was.
        var sinceDispatch = interaction.SinceDispatch;
        if (interaction.IsAcknowledged || !interaction.TryClaim())
        {
            return DiscordError.AlreadyAcknowledged;
        }

        if (sinceDispatch > emulator.Options.AckDeadline)
        {
            interaction.LateBy = sinceDispatch - emulator.Options.AckDeadline;
            interaction.ReleaseClaim();
            return DiscordError.UnknownInteraction;
        }

        var type = response["type"]?.GetValue<int>() ?? 0;
        var data = response["data"] as JsonObject;
        var error = Respond(emulator, interaction, type, data, files);
        if (error is null)
        {
            interaction.Acknowledge(type, type == 9 ? data : null);
        }
        else
        {
            interaction.ReleaseClaim();
        }

        return error;
    }

    private static DiscordError? Respond(EmulatorContext emulator, EmulatedInteraction interaction, int type, JsonObject? data, IReadOnlyList<UploadedFile> files)
    {
        var violations = new List<string>();
        var isComponent = interaction.Type == 3 || (interaction.Type == 5 && interaction.SourceMessageId is not null);
        var channel = interaction.Payload["channel_id"]?.GetValue<string>() ?? emulator.Options.ChannelId;
        DiscordError? error = null;
        switch (type)
        {
            case 4 when data is not null:
                error = MessageRules.Check(data, files, interaction.AttachmentSizeLimit, isEdit: false, allowEphemeral: true, violations);
                if (error is null)
                {
                    interaction.OriginalMessageId = emulator.CreateMessage(channel, interaction.Id, "response", data, files).Id;
                }

                break;
            case 5:
                var flags = data?["flags"]?.GetValue<int>() ?? 0;
                if ((flags & ~64) != 0 || data?.Count > 1)
                {
                    return DiscordError.InvalidForm("data: a deferred response takes only the EPHEMERAL flag");
                }

                var loading = emulator.CreateMessage(channel, interaction.Id, "deferred", new JsonObject { ["content"] = "", ["flags"] = flags | 128 }, []);
                loading.MarkLoading(true);
                interaction.OriginalMessageId = loading.Id;
                break;
            case 6 or 7 when isComponent && interaction.SourceMessageId is { } source && emulator.State.Messages.TryGetValue(source, out var message):
                if (type == 7)
                {
                    error = MessageRules.Check(data ?? [], files, interaction.AttachmentSizeLimit, isEdit: true, allowEphemeral: true, violations);
                    if (error is null)
                    {
                        message.Edit(data ?? [], files.Count > 0 ? emulator.Store(files) : null);
                    }
                }

                interaction.OriginalMessageId = source;
                break;
            case 9 when interaction.Type is 2 or 3:
                error = ModalRules.Check(data);
                break;
            default:
                error = DiscordError.InvalidForm($"type: callback type {type} is not valid for interaction type {interaction.Type}");
                break;
        }

        foreach (var violation in violations)
        {
            emulator.Record.Violations.Enqueue(violation);
        }

        return error;
    }
}
