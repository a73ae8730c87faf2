using MusicBot.Telegram.Chat;
using MusicBot.Telegram.Tests.Support;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MusicBot.Telegram.Tests.Chat;

public sealed class TelegramCommandTests
{
    [Fact]
    public void Parse_GroupCommandWithBotName_SplitsTargetAndKeepsMultilineArguments()
    {
        var command = TelegramCommand.Parse(MessageOf("update-message-command-group-botname"))!;

        Assert.Equal(("style", "musicbot_test_bot", "garage rock,\nfuzzy guitars", 25), (command.Name, command.Target, command.Arguments, command.ArgumentsOffset));
        Assert.False(command.IsForAnotherBot("MusicBot_Test_Bot"));
    }

    [Fact]
    public void IsForAnotherBot_CommandAddressedElsewhere_IsTrue()
    {
        var command = TelegramCommand.Parse(MessageOf("update-message-command-other-bot"))!;

        Assert.True(command.IsForAnotherBot("musicbot_test_bot"));
    }

    [Fact]
    public void Parse_OldClientWithoutEntities_FallsBackToTheLeadingSlash()
    {
        var command = TelegramCommand.Parse(MessageOf("update-message-text-no-entities"))!;

        Assert.Equal(("title", null, "Midnight Drive"), (command.Name, command.Target, command.Arguments));
    }

    [Fact]
    public void Parse_PrivateCommandWithoutArguments_HasEmptyArguments()
    {
        var command = TelegramCommand.Parse(MessageOf("update-message-command-private"))!;

        Assert.Equal(("draft", ""), (command.Name, command.Arguments));
    }

    [Fact]
    public void Parse_CommandEntityNotAtTheStart_IsNotACommand()
    {
        var message = new Message
        {
            Text = "see /style for help",
            Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 4, Length = 6 }],
        };

        Assert.Null(TelegramCommand.Parse(message));
    }

    [Fact]
    public void Parse_EntitiesWithoutACommand_IsNotACommand()
    {
        // A message with entities but no bot_command is plain text, even if it starts with a slash (e.g. a path).
        var message = new Message { Text = "/usr/bin is bold", Entities = [new MessageEntity { Type = MessageEntityType.Bold, Offset = 10, Length = 4 }] };

        Assert.Null(TelegramCommand.Parse(message));
    }

    [Fact]
    public void Parse_AudioCaptionCommand_UsesCaptionEntities()
    {
        var message = new Message { Caption = "/title  Rain", CaptionEntities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = 6 }] };

        var command = TelegramCommand.Parse(message)!;

        Assert.Equal(("title", "Rain", 8), (command.Name, command.Arguments, command.ArgumentsOffset));
    }

    private static Message MessageOf(string fixture) => Fixtures.Update(fixture).Message!;
}
