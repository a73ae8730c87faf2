using System.Globalization;
using MusicBot.Core.Chat;
using MusicBot.Core.Chat.Commands;
using MusicBot.Core.Chat.Languages;
using MusicBot.Core.Conversations;
using Telegram.Bot.Types;
using MusicBot.Telegram.Rendering;
using MusicBot.Telegram.Updates;

namespace MusicBot.Telegram.Chat;

/// <summary>
/// A text message becomes a Core <see cref="ChatMessage"/> (commands, and plain text that fills an awaited field such
/// as multi-line lyrics). Commands that start a task (/generate and the operations) answer through one progress
/// message. Commands for another bot are ignored; in groups, chatter and unknown commands not addressed to the bot by
/// name get no answer. A message sent on behalf of a chat (<c>sender_chat</c>, with Telegram's fake bot in
/// <c>from</c>) speaks for that chat: the group itself for its anonymous admins, or a channel posting in the group.
/// Posts a linked channel forwards into its discussion group automatically are not addressed to anyone.
/// </summary>
public sealed class MessageHandler(
    ChatCommandRouter router,
    BotIdentity identity,
    AdminCheck admins,
    MentionResolver mentions,
    IUserDirectory users,
    ChatReplies replies,
    GenerateFlow generateFlow,
    TelegramLanguages languages)
{
    public async Task HandleAsync(Message message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.Text ?? message.Caption;
        if (text is null || message.IsAutomaticForward || SenderOf(message) is not ({ } from, var isAnonymousAdmin))
        {
            return;
        }

        var command = TelegramCommand.Parse(message);
        if (command is not null && command.IsForAnotherBot(identity.Username))
        {
            return;
        }

        await RememberAsync(from, cancellationToken);
        var context = new ChatContext(message.Chat, from, message.MessageId, isAnonymousAdmin);
        var words = await languages.ForAsync(context.User, from.LanguageCode, cancellationToken);
        var needs = command is null ? CommandNeeds.None : router.NeedsOf(command.Name, command.Arguments);
        var isQuota = command?.Name == QuotaCommand.CommandName;
        if (isQuota)
        {
            (text, var unknown) = await mentions.ResolveAsync(message, command!, cancellationToken);
            if (unknown is not null)
            {
                await replies.SendAsync(context, new OutgoingMessage(words.Html("telegram.quota.unknown-handle", ("handle", unknown))), cancellationToken);
                return;
            }
        }

        // Asking Telegram whether the user is an admin costs a call, so only commands that need it ask.
        var isAdmin = needs.HasFlag(CommandNeeds.Admin) && await admins.IsAdminAsync(context, cancellationToken);
        var chatMessage = new ChatMessage(
            new Invoker(context.User, isAdmin, IsPrivateScope: context.IsPrivate),
            context.Target(null),
            text,
            message.MessageId.ToString(CultureInfo.InvariantCulture),
            message.ReplyToMessage?.From is { IsBot: false } author ? author.Id.ToString(CultureInfo.InvariantCulture) : null);
        if (command is not null && needs.HasFlag(CommandNeeds.StartsTask))
        {
            await generateFlow.RunAsync(
                words,
                context,
                GenerateFlow.OperationOf(command.Name),
                target => router.HandleTextAsync(chatMessage with { Target = target }, cancellationToken),
                cancellationToken);
            return;
        }

        var reply = await router.HandleTextAsync(chatMessage, cancellationToken);
        if (!context.IsPrivate && IsForSomeoneElse(reply, command))
        {
            return;
        }

        if (reply is LanguageReply)
        {
            // The answer to /language speaks the language now in force.
            words = await languages.ForAsync(context.User, from.LanguageCode, cancellationToken);
        }

        var subject = reply is QuotaReply quota ? await NameOfAsync(quota.Account.User.UserId, cancellationToken) : null;
        await replies.SendAsync(context, ChatReplyRenderer.Render(words, reply, from.Id, subject), cancellationToken);
    }

    /// <summary>
    /// In a group, chatter and unknown commands without our @name are for the people or another bot: answering them
    /// would be noise. Our own commands, and anything addressed to us by name, are answered.
    /// </summary>
    private static bool IsForSomeoneElse(ChatReply reply, TelegramCommand? command) =>
        reply is NotACommandReply || (reply is UnknownCommandReply && command?.Target is null);

    /// <summary>Who speaks: the user, or the chat a message was sent on behalf of (as a user with that chat's id); null for other bots.</summary>
    private static (User From, bool IsAnonymousAdmin)? SenderOf(Message message)
    {
        if (message.SenderChat is { } sender)
        {
            var asUser = new User { Id = sender.Id, FirstName = sender.Title ?? "Group admins", Username = null };
            return (asUser, sender.Id == message.Chat.Id);
        }

        return message.From is { IsBot: false } from ? (from, false) : null;
    }

    private async Task RememberAsync(User from, CancellationToken cancellationToken)
    {
        if (from.Username is { } handle)
        {
            await users.RememberAsync(
                new KnownUser(Platforms.Telegram, from.Id.ToString(CultureInfo.InvariantCulture), handle, DisplayName(from)),
                cancellationToken);
        }
    }

    private static string DisplayName(User user) => user.LastName is null ? user.FirstName : $"{user.FirstName} {user.LastName}";

    private async Task<string?> NameOfAsync(string userId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(Platforms.Telegram, userId, cancellationToken) is { } known ? $"{known.DisplayName} (@{known.Handle})" : null;
}
