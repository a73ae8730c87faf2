using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MusicBot.Emulators.Telegram.Model;
using MusicBot.Emulators.Telegram.Server;
using MusicBot.Emulators.Telegram.Updates;

namespace MusicBot.Emulators.Telegram;

/// <summary>
/// The emulated world's people and what they do. Messages get entities as current clients send them: a
/// <c>bot_command</c> at offset 0 covering <c>/cmd@bot</c>, and <c>mention</c> for each @username
/// (chat-protocols §B4, §B10 #2).
/// </summary>
public sealed partial class EmulatorScript(EmulatorWorld world, PendingUpdates queue)
{
    private int _nextQuery = 1;

    public EmulatedUser User(long id, string firstName, string? username = null, string? lastName = null, string languageCode = "en")
    {
        var user = new EmulatedUser(id, firstName, username, lastName, LanguageCode: languageCode);
        lock (world.Gate)
        {
            world.Users[id] = user;
        }

        return user;
    }

    /// <summary>The user's private chat with the bot (its id is the user's).</summary>
    public EmulatedChat PrivateChat(EmulatedUser user) => Add(new EmulatedChat(user.Id, "private", Peer: user));

    public EmulatedChat Group(long id, string title, string type = "supergroup") => Add(new EmulatedChat(id, type, title));

    public void SetMember(EmulatedChat chat, EmulatedUser user, string status)
    {
        lock (world.Gate)
        {
            world.Members[(chat.Id, user.Id)] = status;
        }
    }

    /// <summary>From now on the chat refuses the bot with 403 (blocked in a private chat, kicked from a group).</summary>
    public void BlockBot(EmulatedChat chat)
    {
        lock (world.Gate)
        {
            world.Forbidden[chat.Id] = chat.IsPrivate ? "bot was blocked by the user" : "bot was kicked from the group chat";
        }
    }

    /// <summary>
    /// The group becomes a supergroup with the same members: requests to the old id get 400 with migrate_to_chat_id.
    /// With <paramref name="by"/> (the admin who upgraded it), the bot is also sent the two service messages the
    /// server sends: <c>migrate_to_chat_id</c> in the old group, then <c>migrate_from_chat_id</c> in the supergroup.
    /// </summary>
    public EmulatedChat MigrateGroup(EmulatedChat group, long newId, EmulatedUser? by = null)
    {
        var supergroup = Add(new EmulatedChat(newId, "supergroup", group.Title));
        lock (world.Gate)
        {
            foreach (var ((_, user), status) in world.Members.Where(m => m.Key.Chat == group.Id).ToList())
            {
                world.Members[(newId, user)] = status;
            }

            if (by is not null)
            {
                ServiceMessage(group, by, "migrate_to_chat_id", newId);
                ServiceMessage(supergroup, by, "migrate_from_chat_id", group.Id);
            }

            world.Migrated[group.Id] = newId;
        }

        return supergroup;
    }

    private void ServiceMessage(EmulatedChat chat, EmulatedUser from, string field, long value)
    {
        var json = MessageJson.Create(world, chat, from, world.NextMessageId(chat.Id), null);
        json[field] = value;
        queue.Enqueue("message", json);
    }

    /// <summary>A text message from <paramref name="from"/>; <paramref name="entities"/> false sends it without any (old clients, the webhook-guide samples).</summary>
    public ScriptedUpdate Say(EmulatedChat chat, EmulatedUser from, string text, int? replyTo = null, bool entities = true, IReadOnlyList<JsonObject>? extraEntities = null)
    {
        lock (world.Gate)
        {
            if (!chat.IsPrivate)
            {
                world.Members.TryAdd((chat.Id, from.Id), "member");
            }

            var id = world.NextMessageId(chat.Id);
            var json = MessageJson.Create(world, chat, from, id, replyTo);
            json["text"] = text;
            var list = entities ? EntitiesOf(text) : [];
            list.AddRange(extraEntities?.Select(e => (JsonObject)e.DeepClone()) ?? []);
            if (list.Count > 0)
            {
                json["entities"] = new JsonArray([.. list.OrderBy(e => e["offset"]!.GetValue<int>())]);
            }

            world.Messages[(chat.Id, id)] = new StoredMessage(chat.Id, id, from.Id, json);
            return new ScriptedUpdate(queue.Enqueue("message", json.DeepClone()), id);
        }
    }

    /// <summary>
    /// The fake sender Telegram puts in <c>from</c> of a message an anonymous group admin sends; the group itself is
    /// then the message's <c>sender_chat</c> (chat-protocols §B3, Message.sender_chat).
    /// </summary>
    public static EmulatedUser GroupAnonymousBot { get; } = new(1087968824, "Group", "GroupAnonymousBot", IsBot: true);

    /// <summary>A message from an anonymous admin of <paramref name="group"/>: <c>from</c> is the fake bot, <c>sender_chat</c> the group.</summary>
    public ScriptedUpdate SayAnonymously(EmulatedChat group, string text, string? signature = null)
    {
        lock (world.Gate)
        {
            var id = world.NextMessageId(group.Id);
            var json = MessageJson.Create(world, group, GroupAnonymousBot, id, null);
            var ordered = new JsonObject();
            foreach (var (key, value) in json.ToList())
            {
                json.Remove(key);
                ordered[key] = value;
                if (key == "from")
                {
                    ordered["sender_chat"] = group.ToJson();
                }
            }

            if (signature is not null)
            {
                ordered["author_signature"] = signature;
            }

            ordered["text"] = text;
            var entities = EntitiesOf(text);
            if (entities.Count > 0)
            {
                ordered["entities"] = new JsonArray([.. entities]);
            }

            world.Messages[(group.Id, id)] = new StoredMessage(group.Id, id, GroupAnonymousBot.Id, ordered);
            return new ScriptedUpdate(queue.Enqueue("message", ordered.DeepClone()), id);
        }
    }

    /// <summary>A press of one of the bot's buttons: a callback query carrying the message it sat on.</summary>
    public ScriptedUpdate Press(EmulatedUser from, BotMessage message, string callbackData)
    {
        lock (world.Gate)
        {
            var queryId = $"43824753987152{_nextQuery++:D5}";
            world.CallbackQueries[queryId] = false;
            var json = new JsonObject
            {
                ["id"] = queryId,
                ["from"] = from.ToJson(),
                ["message"] = world.Messages[(message.ChatId, message.MessageId)].Json.DeepClone(),
                ["chat_instance"] = "-8612314567238901234",
                ["data"] = callbackData,
            };
            return new ScriptedUpdate(queue.Enqueue("callback_query", json), message.MessageId, queryId);
        }
    }

    /// <summary>Any update body (a fixture, or a kind the bot does not handle), queued under the next id.</summary>
    public long Raw(string kind, JsonNode body) => queue.Enqueue(kind, body);

    private EmulatedChat Add(EmulatedChat chat)
    {
        lock (world.Gate)
        {
            world.Chats[chat.Id] = chat;
        }

        return chat;
    }

    private static List<JsonObject> EntitiesOf(string text)
    {
        var entities = new List<JsonObject>();
        var command = Command().Match(text);
        if (command.Success)
        {
            entities.Add(Entity(0, command.Length, "bot_command"));
        }

        foreach (Match mention in Mention().Matches(text))
        {
            if (!command.Success || mention.Index >= command.Length)
            {
                entities.Add(Entity(mention.Index, mention.Length, "mention"));
            }
        }

        return entities;
    }

    private static JsonObject Entity(int offset, int length, string type) => new() { ["offset"] = offset, ["length"] = length, ["type"] = type };

    [GeneratedRegex("^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?")]
    private static partial Regex Command();

    [GeneratedRegex(@"(?<![\w@])@[A-Za-z0-9_]{3,32}")]
    private static partial Regex Mention();
}

/// <summary>What a scripted action produced: its update id, the message id, and for a press the callback query id.</summary>
public sealed record ScriptedUpdate(long UpdateId, int MessageId, string? CallbackQueryId = null);
