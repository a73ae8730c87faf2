using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MusicBot.Emulators.Discord.Rest;

/// <summary>The gateway lookup, command registration, channel messages and the CDN route for uploaded files.</summary>
internal static class ApiEndpoints
{
    private const int DailyCreates = 200;

    public static Task GatewayBotAsync(HttpContext http, EmulatorContext emulator)
    {
        var (total, remaining, resetAfter) = emulator.Gateway.SessionStartBudget();
        return EmulatorContext.WriteAsync(http, 200, new JsonObject
        {
            ["url"] = emulator.BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway",
            ["shards"] = 1,
            ["session_start_limit"] = new JsonObject { ["total"] = total, ["remaining"] = remaining, ["reset_after"] = resetAfter, ["max_concurrency"] = 1 },
        });
    }

    /// <summary><c>GET /applications/@me</c>: the application, with <c>verify_key</c>, the hex key interactions are signed for.</summary>
    public static Task CurrentApplicationAsync(HttpContext http, EmulatorContext emulator, string publicKeyHex) =>
        EmulatorContext.WriteAsync(http, 200, new JsonObject
        {
            ["id"] = emulator.Options.ApplicationId,
            ["name"] = "MusicBot (emulated)",
            ["icon"] = null,
            ["description"] = "",
            ["bot_public"] = true,
            ["bot_require_code_grant"] = false,
            ["verify_key"] = publicKeyHex,
            ["flags"] = 0,
            ["interactions_endpoint_url"] = null,
        });

    public static async Task OverwriteCommandsAsync(HttpContext http, EmulatorContext emulator, string applicationId, string? guildId)
    {
        var (body, error) = await RequestBody.ReadAsync(http.Request, emulator.Options.MaxRequestBytes);
        if (applicationId != emulator.Options.ApplicationId)
        {
            error = new DiscordError(404, 10002, "Unknown Application");
        }
        else if (body?.Json is not JsonArray commands)
        {
            error ??= DiscordError.InvalidForm("the body must be an array of commands");
        }
        else if (CommandRules.Check(commands, isGuild: guildId is not null) is { } problem)
        {
            error = DiscordError.InvalidForm(problem);
        }
        else
        {
            var scope = guildId ?? "global";
            var known = emulator.State.Commands.TryGetValue(scope, out var existing)
                ? existing.Select(c => c?["name"]?.GetValue<string>()).ToHashSet(StringComparer.Ordinal)
                : [];
            var created = commands.Count(c => !known.Contains(c?["name"]?.GetValue<string>()));
            if (emulator.State.CommandCreates.AddOrUpdate(scope, created, (_, n) => n + created) > DailyCreates)
            {
                error = new DiscordError(429, 30034, "Max number of daily application command creates has been reached (200)");
            }
            else
            {
                var stored = new JsonArray([.. commands.Select(c => (JsonNode)Stored((JsonObject)c!, emulator, guildId))]);
                emulator.State.Commands[scope] = stored;
                emulator.Record.CommandRegistrations.Enqueue(stored);
                await EmulatorContext.WriteAsync(http, 200, stored.DeepClone());
                return;
            }
        }

        await EmulatorContext.ErrorAsync(http, error!);
    }

    public static async Task CreateMessageAsync(HttpContext http, EmulatorContext emulator, string channelId)
    {
        var (body, error) = await RequestBody.ReadAsync(http.Request, emulator.Options.MaxRequestBytes);
        var violations = new List<string>();
        error ??= body?.Json is JsonObject message
            ? MessageRules.Check(message, body.Files, emulator.Options.AttachmentSizeLimit, isEdit: false, allowEphemeral: false, violations)
            : DiscordError.InvalidForm("missing message");
        foreach (var violation in violations)
        {
            emulator.Record.Violations.Enqueue(violation);
        }

        if (error is not null)
        {
            await EmulatorContext.ErrorAsync(http, error);
            return;
        }

        var created = emulator.CreateMessage(channelId, null, "channel", (JsonObject)body!.Json!, body.Files);
        await EmulatorContext.WriteAsync(http, 200, emulator.Render(created));
    }

    public static async Task FileAsync(HttpContext http, EmulatorContext emulator, string id)
    {
        if (!emulator.State.Files.TryGetValue(id, out var file))
        {
            http.Response.StatusCode = 404;
            return;
        }

        http.Response.ContentType = file.ContentType;
        http.Response.ContentLength = file.Size;
        await http.Response.Body.WriteAsync(file.Bytes);
    }

    private static JsonObject Stored(JsonObject command, EmulatorContext emulator, string? guildId)
    {
        var stored = (JsonObject)command.DeepClone();
        stored["id"] = emulator.Clock.NextSnowflake();
        stored["application_id"] = emulator.Options.ApplicationId;
        stored["version"] = emulator.Clock.NextSnowflake();
        stored["type"] ??= 1;
        if (guildId is not null)
        {
            stored["guild_id"] = guildId;
        }

        return stored;
    }
}
