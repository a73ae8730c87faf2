using MusicBot.Core.Conversations;

namespace MusicBot.Core.Chat;

/// <summary>
/// One command as every platform hands it to Core: a Discord slash command with its options, a Telegram or terminal
/// text command, a button press. The same command class handles it whichever way it came.
/// </summary>
/// <param name="Command">The Core command's name (<see cref="IChatCommand.Name"/>).</param>
/// <param name="Arguments">The named arguments (<see cref="ArgumentNames"/>), as text.</param>
/// <param name="Invoker">Who asked, with the rights the platform says they have.</param>
/// <param name="Target">Where replies and results go.</param>
/// <param name="EventId">The platform's id of the event (message, button press, interaction): a task it starts is
/// keyed by it, so a redelivered event starts nothing new.</param>
/// <param name="ReplyToUserId">The author of the message this one replies to, when the platform says so (for quota).</param>
public sealed record Invocation(
    string Command,
    CommandArguments Arguments,
    Invoker Invoker,
    DeliveryTarget Target,
    string EventId,
    string? ReplyToUserId = null)
{
    public UserRef User => Invoker.User;

    /// <summary>The idempotency key of a task this invocation starts (see <see cref="RequestKeys"/>).</summary>
    public string RequestKey => RequestKeys.Of(Invoker.User.Scope, EventId);
}

/// <summary>
/// Who invoked a command. <paramref name="IsAdmin"/> is the platform's word (Discord Manage Server, Telegram chat
/// admin); <paramref name="IsPrivateScope"/> marks a scope with nobody to administer it (a private chat, a DM).
/// <paramref name="RoleIds"/> are the member's roles where the platform has them (a new member's allowance).
/// </summary>
public sealed record Invoker(UserRef User, bool IsAdmin = false, bool IsPrivateScope = false, IReadOnlyList<string>? RoleIds = null)
{
    public IReadOnlyList<string> Roles => RoleIds ?? [];
}
