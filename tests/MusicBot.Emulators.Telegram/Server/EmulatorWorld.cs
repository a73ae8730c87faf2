using System.Text.Json.Nodes;
using MusicBot.Emulators.Telegram.Model;

namespace MusicBot.Emulators.Telegram.Server;

/// <summary>
/// Everything the emulated server knows: users, chats, members, messages, pending button presses, uploaded files,
/// recorded calls. One lock guards it all; the methods are quick.
/// </summary>
public sealed class EmulatorWorld(EmulatorOptions options, TimeProvider time)
{
    private readonly Dictionary<long, int> _nextMessageId = [];
    private int _nextFile;

    public Lock Gate { get; } = new();

    public EmulatorOptions Options => options;

    public EmulatedUser Bot => options.Bot;

    public Dictionary<long, EmulatedUser> Users { get; } = [];

    public Dictionary<long, EmulatedChat> Chats { get; } = [];

    /// <summary>Chat member status by (chat, user): creator, administrator, member, restricted, left, kicked.</summary>
    public Dictionary<(long Chat, long User), string> Members { get; } = [];

    public Dictionary<(long Chat, int Message), StoredMessage> Messages { get; } = [];

    public List<BotMessage> BotMessages { get; } = [];

    /// <summary>Callback query id → answered.</summary>
    public Dictionary<string, bool> CallbackQueries { get; } = [];

    /// <summary>Chats that refuse the bot, with the 403 description (blocked by the user, kicked from the group).</summary>
    public Dictionary<long, string> Forbidden { get; } = [];

    /// <summary>Groups upgraded to supergroups: old id → new id.</summary>
    public Dictionary<long, long> Migrated { get; } = [];

    public Dictionary<string, UploadedFile> StoredFiles { get; } = [];

    /// <summary>Command menus by scope JSON and language_code (see ChatMethods.CommandsKey).</summary>
    public Dictionary<string, JsonNode?> Commands { get; } = [];

    public List<RecordedCall> Calls { get; } = [];

    public Dictionary<string, Queue<BotApiException>> Faults { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Injected slowness: the next calls of a method are answered only after this long.</summary>
    public Dictionary<string, Queue<TimeSpan>> Delays { get; } = new(StringComparer.OrdinalIgnoreCase);

    public long Now => time.GetUtcNow().ToUnixTimeSeconds();

    public TimeProvider Time => time;

    public event Action<BotMessage, bool>? BotMessageChanged;

    public int NextMessageId(long chatId)
    {
        var next = _nextMessageId.GetValueOrDefault(chatId, 1);
        _nextMessageId[chatId] = next + 1;
        return next;
    }

    public string StoreFile(UploadedFile file)
    {
        var id = $"EMU{++_nextFile:D6}file";
        StoredFiles[id] = file;
        return id;
    }

    /// <summary>The chat a request targets, or the error the real server gives for it.</summary>
    public EmulatedChat RequireChat(long chatId)
    {
        if (Migrated.TryGetValue(chatId, out var moved))
        {
            throw new BotApiException(400, "Bad Request: group chat was upgraded to a supergroup chat", migrateToChatId: moved);
        }

        if (Forbidden.TryGetValue(chatId, out var reason))
        {
            throw new BotApiException(403, $"Forbidden: {reason}");
        }

        return Chats.TryGetValue(chatId, out var chat) ? chat : throw BotApiException.BadRequest("chat not found");
    }

    public void Notify(BotMessage message, bool isEdit) => BotMessageChanged?.Invoke(message, isEdit);
}
