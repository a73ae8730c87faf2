using MusicBot.Emulators.Telegram;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.Support;

/// <summary>
/// The real <c>musicbot</c> binary (<see cref="BotProcess"/>), configured only by environment variables (as a person
/// would run it) and pointed at an emulator, with debug logging so every line can be searched for secrets.
/// </summary>
public static class TelegramBotProcess
{
    public static BotProcess Start(TelegramEmulator emulator, string dataDirectory, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var environment = new Dictionary<string, string>
        {
            ["MusicBot__Telegram__BotToken"] = emulator.Token,
            ["MusicBot__Telegram__ApiBaseUrl"] = emulator.BaseUrl,
            ["MusicBot__Telegram__PollTimeout"] = "00:00:05",
            ["MusicBot__Telegram__ChatMessageInterval"] = "00:00:00.010",
            ["MusicBot__Generation__WorkerInterval"] = "00:00:00.050",
            ["MusicBot__Delivery__PollInterval"] = "00:00:00.050",
            ["Logging__LogLevel__Default"] = "Debug",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return BotProcess.Start(dataDirectory, environment);
    }
}
