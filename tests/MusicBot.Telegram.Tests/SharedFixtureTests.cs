using System.Text.Json;
using MusicBot.Telegram.Chat;
using MusicBot.Telegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace MusicBot.Telegram.Tests;

/// <summary>The shared reference fixtures (when the folder is there) read cleanly with the library's types and JSON options.</summary>
public sealed class SharedFixtureTests
{
    [SharedReferenceFact]
    public void Deserialize_EverySharedUpdateFixture_ReadsAndParsesCommands()
    {
        var folder = SharedReferenceFactAttribute.TelegramFixtureFolder()!;
        var files = Directory.GetFiles(folder, "update-*.json");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var update = JsonSerializer.Deserialize<Update>(File.ReadAllText(file), JsonBotAPI.Options)!;
            Assert.True(update.Id > 0, file);
            Assert.True(update.Message is not null || update.CallbackQuery is not null, file);
            if (update.Message?.Text is "/start")
            {
                Assert.Equal("start", TelegramCommand.Parse(update.Message)!.Name);
            }
        }
    }

    [SharedReferenceFact]
    public void Deserialize_EverySharedEnvelopeFixture_ReadsOkOrError()
    {
        var folder = SharedReferenceFactAttribute.TelegramFixtureFolder()!;
        foreach (var file in Directory.GetFiles(folder).Where(f => Path.GetFileName(f).StartsWith("error-", StringComparison.Ordinal) || Path.GetFileName(f).Contains("--response", StringComparison.Ordinal)))
        {
            var envelope = JsonSerializer.Deserialize<ApiResponse>(File.ReadAllText(file), JsonBotAPI.Options)!;
            Assert.True(envelope.Ok || envelope.ErrorCode >= 400, file);
        }
    }
}
