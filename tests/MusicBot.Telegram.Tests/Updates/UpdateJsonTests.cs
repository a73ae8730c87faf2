using MusicBot.Telegram.Tests.Support;
using Telegram.Bot.Types.Enums;

namespace MusicBot.Telegram.Tests.Updates;

/// <summary>The project's update fixtures, read as the bot reads updates: Telegram.Bot's types with its JSON options.</summary>
public sealed class UpdateJsonTests
{
    [Fact]
    public void Deserialize_CallbackOnDeletedMessage_HasTheInaccessibleMessagesZeroDate()
    {
        var update = Fixtures.Update("update-callback-query-inaccessible");

        Assert.Equal(default, update.CallbackQuery!.Message!.Date);
        Assert.Equal(3, update.CallbackQuery.Message.MessageId);
    }

    [Fact]
    public void Deserialize_InlineModeCallback_HasNoMessage()
    {
        var update = Fixtures.Update("update-callback-query-inline");

        Assert.Null(update.CallbackQuery!.Message);
        Assert.Equal("AgAAAKx1AAA", update.CallbackQuery.InlineMessageId);
    }

    [Fact]
    public void Deserialize_GroupCommand_KeepsTheSupergroupIdNameWithEmojiAndCommandEntity()
    {
        var message = Fixtures.Update("update-message-command-group-botname").Message!;

        Assert.Equal((-1002000000042, ChatType.Supergroup), (message.Chat.Id, message.Chat.Type));
        Assert.Equal(("Jonas", "Ølberg 🎸"), (message.From!.FirstName, message.From.LastName));
        Assert.Equal((MessageEntityType.BotCommand, 0, 24), (message.Entities![0].Type, message.Entities[0].Offset, message.Entities[0].Length));
    }

    [Fact]
    public void Deserialize_EditedMessage_IsNotAMessage()
    {
        var update = Fixtures.Update("update-edited-message");

        Assert.Null(update.Message);
        Assert.NotNull(update.EditedMessage);
    }
}
