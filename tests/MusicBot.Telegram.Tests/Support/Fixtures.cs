using System.Text.Json;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace MusicBot.Telegram.Tests.Support;

/// <summary>
/// The project's own Telegram fixtures (Fixtures/*.json), written in the shapes of chat-protocols §B1 and §B10:
/// current clients' updates (bot_command entities, the @botname form), an old webhook-guide-style update without
/// entities, inline and inaccessible callback messages.
/// </summary>
public static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json"));

    public static JsonNode Node(string name) => JsonNode.Parse(Read(name))!;

    /// <summary>An update fixture read the way the bot reads updates: the library's types with its JSON options.</summary>
    public static Update Update(string name) => JsonSerializer.Deserialize<Update>(Read(name), JsonBotAPI.Options)!;
}
