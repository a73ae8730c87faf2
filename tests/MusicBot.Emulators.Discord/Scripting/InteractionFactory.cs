using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Emulators.Discord.Scripting;

/// <summary>
/// Builds interaction payloads in the documented shape (reference A3.3 (A)–(C)): a guild member with roles and
/// permissions (or a DM user), the channel, a unique token, <c>attachment_size_limit</c>, and for components the
/// message they were clicked on.
/// </summary>
internal static class InteractionFactory
{
    public static EmulatedInteraction Create(EmulatorOptions options, EmulatorClock clock, int type, EmulatedUser user, JsonObject data, JsonObject? message, bool inDm)
    {
        var id = clock.NextSnowflake();
        var token = $"aW50ZXJhY3Rpb246{Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=')}";
        var userJson = new JsonObject
        {
            ["id"] = user.Id,
            ["username"] = user.Username,
            ["global_name"] = user.Username,
            ["discriminator"] = "0",
            ["avatar"] = null,
            ["public_flags"] = 0,
        };
        var payload = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = options.ApplicationId,
            ["type"] = type,
            ["data"] = data,
            ["token"] = token,
            ["version"] = 1,
            ["app_permissions"] = "442368",
            ["locale"] = "en-US",
            ["entitlements"] = new JsonArray(),
            ["attachment_size_limit"] = options.AttachmentSizeLimit,
        };
        if (inDm)
        {
            var dmChannel = $"dm{user.Id}";
            payload["channel"] = new JsonObject { ["id"] = dmChannel, ["type"] = 1 };
            payload["channel_id"] = dmChannel;
            payload["user"] = userJson;
            payload["authorizing_integration_owners"] = new JsonObject { ["0"] = "0" };
            payload["context"] = 1;
        }
        else
        {
            payload["guild"] = new JsonObject { ["id"] = options.GuildId, ["locale"] = "en-US", ["features"] = new JsonArray() };
            payload["guild_id"] = options.GuildId;
            payload["channel"] = new JsonObject { ["id"] = options.ChannelId, ["type"] = 0, ["name"] = "general", ["guild_id"] = options.GuildId, ["permissions"] = user.Permissions };
            payload["channel_id"] = options.ChannelId;
            payload["member"] = new JsonObject
            {
                ["user"] = userJson,
                ["nick"] = null,
                ["avatar"] = null,
                ["roles"] = new JsonArray([.. user.Roles.Select(r => (JsonNode)JsonValue.Create(r)!)]),
                ["joined_at"] = "2020-11-02T20:46:57.364000+00:00",
                ["premium_since"] = null,
                ["deaf"] = false,
                ["mute"] = false,
                ["pending"] = false,
                ["flags"] = 0,
                ["permissions"] = user.Permissions,
            };
            payload["guild_locale"] = "en-US";
            payload["authorizing_integration_owners"] = new JsonObject { ["0"] = options.GuildId };
            payload["context"] = 0;
        }

        if (message is not null)
        {
            payload["message"] = message;
        }

        return new EmulatedInteraction(id, token, type, user, payload, clock.Now);
    }

    /// <summary>A member as <c>data.resolved.members</c> carries it: partial, without <c>user</c>.</summary>
    public static JsonObject ResolvedMember(EmulatedUser user) => new()
    {
        ["nick"] = null,
        ["avatar"] = null,
        ["roles"] = new JsonArray([.. user.Roles.Select(r => (JsonNode)JsonValue.Create(r)!)]),
        ["joined_at"] = "2017-03-13T19:19:14.040000+00:00",
        ["premium_since"] = null,
        ["pending"] = false,
        ["permissions"] = user.Permissions,
        ["flags"] = 0,
    };

    public static JsonObject ResolvedUser(EmulatedUser user) => new()
    {
        ["id"] = user.Id,
        ["username"] = user.Username,
        ["global_name"] = user.Username,
        ["discriminator"] = "0",
        ["avatar"] = null,
        ["public_flags"] = 0,
    };
}
