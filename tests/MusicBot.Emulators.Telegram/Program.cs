using System.Globalization;
using MusicBot.Emulators.Telegram.Model;

namespace MusicBot.Emulators.Telegram;

/// <summary>
/// Run the emulator by hand and chat with the bot through it:
/// <c>dotnet run --project tests/MusicBot.Emulators.Telegram -- [--port 8081] [--token 123:ABC]</c>, then start the bot
/// with <c>MusicBot__Telegram__BotToken</c> and <c>MusicBot__Telegram__ApiBaseUrl</c> pointing here.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var port = int.Parse(Option(args, "--port") ?? "8081", CultureInfo.InvariantCulture);
        var options = Option(args, "--token") is { } token ? new EmulatorOptions { Token = token } : new EmulatorOptions();
        await using var emulator = await TelegramEmulator.StartAsync(options, port);
        var script = emulator.Script;
        var you = script.User(1111111, "You", "you_user");
        var friend = script.User(100000002, "Friend", "friend_user");
        var home = script.PrivateChat(you);
        var group = script.Group(-1001000000001, "test-group");
        script.SetMember(group, you, "creator");
        script.SetMember(group, friend, "member");
        emulator.World.BotMessageChanged += (message, isEdit) => Console.WriteLine(Describe(message, isEdit));

        Console.WriteLine($"""
            Telegram Bot API emulator on {emulator.BaseUrl} as @{emulator.Bot.Username}. Start the bot with:
              MusicBot__Telegram__BotToken={emulator.Token} MusicBot__Telegram__ApiBaseUrl={emulator.BaseUrl} dotnet run --project src/MusicBot
            Type to chat privately as @{you.Username}. Prefixes: "group: " writes in {group.Title} (you are its creator),
            "friend: " writes there as @{friend.Username}. "press N" presses button N of the bot's last message with buttons.
            A reply to a bot question is sent as a reply automatically. "quit" stops.
            """);
        while (Console.ReadLine() is { } line && line != "quit")
        {
            var (chat, from, text) = line switch
            {
                _ when line.StartsWith("group: ", StringComparison.Ordinal) => (group, you, line[7..]),
                _ when line.StartsWith("friend: ", StringComparison.Ordinal) => (group, friend, line[8..]),
                _ => (home, you, line),
            };
            if (text.StartsWith("press ", StringComparison.Ordinal) && int.TryParse(text[6..], CultureInfo.InvariantCulture, out var number))
            {
                Press(emulator, chat, from, number);
                continue;
            }

            var sent = emulator.MessagesIn(chat.Id);
            var question = sent.Count > 0 ? sent[^1] : null;
            script.Say(chat, from, text.Replace("\\n", "\n", StringComparison.Ordinal), question is { HasForceReply: true } ? question.MessageId : null);
        }

        return 0;
    }

    private static void Press(TelegramEmulator emulator, EmulatedChat chat, EmulatedUser from, int number)
    {
        var message = emulator.MessagesIn(chat.Id).LastOrDefault(m => m.AllButtons.Any(b => b.CallbackData is not null));
        var button = message?.AllButtons.Where(b => b.CallbackData is not null).ElementAtOrDefault(number - 1);
        if (message is null || button is null)
        {
            Console.WriteLine("(no such button)");
            return;
        }

        emulator.Script.Press(from, message, button.CallbackData!);
    }

    private static string Describe(BotMessage message, bool isEdit)
    {
        var where = message.ChatId < 0 ? "group" : "private";
        var head = isEdit ? $"[bot edited #{message.MessageId} in {where}]" : $"[bot #{message.MessageId} in {where}]";
        var media = message.Audio is { } audio
            ? $"🎵 audio \"{audio.Title}\" by {audio.Performer}, {audio.Duration} s, {audio.Size / 1024} kB{(audio.HasThumbnail ? ", with cover" : "")}\n"
            : message.Document is { } document ? $"📎 {document.FileName} ({document.MimeType}, {document.Size / 1024} kB)\n" : "";
        var buttons = message.AllButtons.Where(b => b.CallbackData is not null).Select((b, i) => $"  [{i + 1}] {b.Text}");
        return $"{head} {media}{message.Text}{(message.HasForceReply ? "\n  (asks for a reply)" : "")}\n{string.Join('\n', buttons)}".TrimEnd();
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
