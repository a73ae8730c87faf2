using MusicBot.Emulators.Telegram;
using MusicBot.Emulators.Telegram.Model;

namespace MusicBot.Telegram.Tests.Support;

/// <summary>One person writing in one chat through the emulator, and the bot's answers.</summary>
public sealed class Conversation(TelegramEmulator emulator, EmulatedChat chat, EmulatedUser user)
{
    public EmulatedChat Chat => chat;

    public EmulatedUser User => user;

    public ScriptedUpdate? Last { get; private set; }

    /// <summary>Sends a message and returns the bot's first text answer after it (message ids in a chat only grow).</summary>
    public async Task<BotMessage> SayAsync(string text, int? replyTo = null, Func<BotMessage, bool>? matching = null)
    {
        var sent = Send(text, replyTo);
        return await emulator.WaitForMessageAsync(
            chat.Id,
            m => m.MessageId > sent.MessageId && m.Audio is null && m.Document is null && (matching?.Invoke(m) ?? true));
    }

    public ScriptedUpdate Send(string text, int? replyTo = null) => Last = emulator.Script.Say(chat, user, text, replyTo);

    /// <summary>Presses the button whose label contains <paramref name="label"/> and waits until the bot answered the press.</summary>
    public async Task<ScriptedUpdate> PressAsync(BotMessage message, string label)
    {
        var press = emulator.Script.Press(user, message, message.Button(label).CallbackData!);
        // The emulator marks the query answered before it logs the call; AnswerTo reads the log, so wait for both.
        await emulator.WaitUntilAsync(
            () => emulator.IsAnswered(press.CallbackQueryId!) && emulator.CallsTo("answerCallbackQuery").Any(c => c["callback_query_id"] == press.CallbackQueryId),
            what: $"the answer to pressing '{label}'");
        return press;
    }

    /// <summary>The text the bot showed for a press (toast or alert).</summary>
    public string? AnswerTo(ScriptedUpdate press) =>
        emulator.CallsTo("answerCallbackQuery").Last(c => c["callback_query_id"] == press.CallbackQueryId)["text"];
}
