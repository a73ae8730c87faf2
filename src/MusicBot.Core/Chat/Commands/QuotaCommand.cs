using System.Globalization;
using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;

namespace MusicBot.Core.Chat.Commands;

/// <summary>
/// <c>/quota set|grant &lt;user&gt; &lt;n&gt;</c>, <c>/quota default &lt;n&gt;</c>, <c>/quota show [user]</c>: admins manage
/// credits in their own scope. The user is the replied-to author, or the id given (adapters turn mentions into ids).
/// </summary>
public sealed class QuotaCommand(ICreditLedger ledger) : IChatCommand
{
    private const string Usage = "/quota set|grant <user> <n> · /quota default <n> · /quota show [user]";

    public string Name => "quota";

    public CommandHelp Help => new(Usage, "Admins: manage members' credits.", true);

    public async Task<ChatReply> HandleAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!message.IsAdmin)
        {
            return new NotAllowedReply("Only admins of this chat can manage credits.");
        }

        var words = arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var action = words.Length > 0 ? words[0].ToLowerInvariant() : "";
        var rest = words.Skip(1).ToArray();
        var actor = message.User.UserId;
        switch (action)
        {
            case "default" when rest.Length == 1 && TryAmount(rest[0], out var credits):
                await ledger.SetScopeDefaultAsync(message.User.Scope, credits, actor, cancellationToken);
                return new ScopeDefaultReply(credits);
            case "show":
                var shown = TargetOf(message, rest, allowSelf: true);
                return shown is null
                    ? new UsageReply(Usage, "Name a user (reply to them, or give their id).")
                    : new QuotaReply("show", await ledger.GetAccountAsync(shown, cancellationToken));
            case "set" or "grant":
                var target = TargetOf(message, rest[..Math.Max(0, rest.Length - 1)], allowSelf: false);
                if (target is null || rest.Length == 0 || !TryAmount(rest[^1], out var amount))
                {
                    return new UsageReply(Usage, $"/quota {action} needs a user (reply to them, or give their id) and a whole number from 0 to 1000000.");
                }

                var account = action == "set"
                    ? await ledger.SetAsync(target, amount, actor, "admin set", cancellationToken)
                    : await ledger.GrantAsync(target, amount, actor, "admin grant", cancellationToken);
                return new QuotaReply(action, account);
            default:
                return new UsageReply(Usage, action.Length == 0 ? "Say what to do." : $"'{action}' is not a quota action, or its arguments are missing.");
        }
    }

    private static UserRef? TargetOf(ChatMessage message, string[] words, bool allowSelf)
    {
        if (words.Length == 1)
        {
            return new UserRef(message.User.Scope, words[0].TrimStart('@'));
        }

        if (words.Length == 0 && message.ReplyToUserId is { } replied)
        {
            return new UserRef(message.User.Scope, replied);
        }

        return words.Length == 0 && allowSelf ? message.User : null;
    }

    private static bool TryAmount(string text, out int amount) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out amount) && amount <= 1_000_000;
}
