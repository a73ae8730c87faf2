using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MusicBot.Emulators.Telegram.Server;

namespace MusicBot.Emulators.Telegram.Methods;

/// <summary>getMe, getChatMember, setMyCommands, getMyCommands, deleteMyCommands (menus kept per scope and language_code).</summary>
internal static partial class ChatMethods
{
    public static JsonNode GetMe(EmulatorWorld world)
    {
        var me = world.Bot.ToJson();
        me["can_join_groups"] = true;
        me["can_read_all_group_messages"] = false;
        me["supports_inline_queries"] = false;
        me["supports_guest_queries"] = false;
        me["can_connect_to_business"] = false;
        me["has_main_web_app"] = false;
        me["has_topics_enabled"] = false;
        me["allows_users_to_create_topics"] = false;
        me["can_manage_bots"] = false;
        return me;
    }

    public static JsonNode GetChatMember(ApiRequest request, EmulatorWorld world)
    {
        var chat = world.RequireChat(request.RequiredNumber("chat_id"));
        var userId = request.RequiredNumber("user_id");
        if (!world.Users.TryGetValue(userId, out var user))
        {
            throw BotApiException.BadRequest("PARTICIPANT_ID_INVALID");
        }

        var status = world.Members.GetValueOrDefault((chat.Id, userId)) ?? (chat.IsPrivate && chat.Id == userId ? "member" : "left");
        var member = new JsonObject { ["status"] = status, ["user"] = user.ToJson() };
        if (status is "creator" or "administrator")
        {
            member["is_anonymous"] = false;
        }

        return member;
    }

    public static JsonNode SetMyCommands(ApiRequest request, EmulatorWorld world)
    {
        if (request.Json("commands", "bot commands") is not JsonArray commands)
        {
            throw BotApiException.BadRequest("Parameter \"commands\" is required");
        }

        if (commands.Count > 100)
        {
            throw BotApiException.BadRequest("too many commands");
        }

        foreach (var command in commands)
        {
            if (!CommandName().IsMatch(command?["command"]?.GetValue<string>() ?? ""))
            {
                throw BotApiException.BadRequest("BOT_COMMAND_INVALID");
            }

            if (command!["description"]?.GetValue<string>() is not { Length: >= 1 and <= 256 })
            {
                throw BotApiException.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }

        world.Commands[ScopeKey(request)] = commands.DeepClone();
        return true;
    }

    /// <summary>The exact list of a scope and language: no fallback to the empty-language list (that is what users see, not what the bot reads back).</summary>
    public static JsonNode GetMyCommands(ApiRequest request, EmulatorWorld world) =>
        world.Commands.GetValueOrDefault(ScopeKey(request))?.DeepClone() ?? new JsonArray();

    public static JsonNode DeleteMyCommands(ApiRequest request, EmulatorWorld world)
    {
        world.Commands.Remove(ScopeKey(request));
        return true;
    }

    /// <summary>
    /// A menu is one per scope and language_code (chat-protocols §setMyCommands): a list set for "ru" does not replace the
    /// empty-language list the other users of the scope see.
    /// </summary>
    private static string ScopeKey(ApiRequest request) =>
        CommandsKey(request.Json("scope", "bot command scope")?.ToJsonString() ?? "{\"type\":\"default\"}", request.Text("language_code") ?? "");

    internal static string CommandsKey(string scope, string languageCode) => $"{scope}|{languageCode}";

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
