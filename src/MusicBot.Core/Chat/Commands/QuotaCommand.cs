using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;

namespace MusicBot.Core.Chat.Commands;

/// <summary>
/// <c>quota</c>: admins manage credits in their own scope, on every platform through <see cref="QuotaService"/>.
/// Text grammar: <c>set|grant [user] &lt;n&gt;</c>, <c>default &lt;n&gt;</c>, <c>show [user]</c>, <c>role &lt;role&gt; [n]</c>.
/// The user is the one named (adapters turn mentions into ids), else the author of the message replied to; show
/// without a user shows the scope's allowances.
/// </summary>
public sealed class QuotaCommand(QuotaService quota) : IChatCommand
{
    public const string CommandName = "quota";

    private static readonly Dictionary<string, QuotaAction> Actions = new(StringComparer.Ordinal)
    {
        ["show"] = QuotaAction.Show,
        ["set"] = QuotaAction.Set,
        ["grant"] = QuotaAction.Grant,
        ["default"] = QuotaAction.Default,
        ["role"] = QuotaAction.Role,
    };

    public string Name => CommandName;

    public CommandNeeds Needs => CommandNeeds.Admin;

    public TextParse? ParseText(string text)
    {
        var words = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return TextParse.Fail(new UsageProblem.QuotaNoAction());
        }

        var action = words[0].ToLowerInvariant();
        var rest = words[1..];
        return (action, rest.Length) switch
        {
            ("default", 1) => TextParse.Of((ArgumentNames.Action, action), (ArgumentNames.Credits, rest[0])),
            ("show", <= 1) => TextParse.Of((ArgumentNames.Action, action), (ArgumentNames.User, rest.FirstOrDefault())),
            ("show", _) => TextParse.Fail(new UsageProblem.QuotaNeedsUser()),
            ("set" or "grant", 1) => TextParse.Of((ArgumentNames.Action, action), (ArgumentNames.Credits, rest[0])),
            ("set" or "grant", 2) => TextParse.Of((ArgumentNames.Action, action), (ArgumentNames.User, rest[0]), (ArgumentNames.Credits, rest[1])),
            ("set" or "grant", _) => TextParse.Fail(new UsageProblem.QuotaNeedsUserAndAmount(action, QuotaLimits.MaxCredits)),
            ("role", 1 or 2) => TextParse.Of((ArgumentNames.Action, action), (ArgumentNames.Role, rest[0]), (ArgumentNames.Credits, rest.ElementAtOrDefault(1))),
            _ => TextParse.Fail(new UsageProblem.QuotaUnknownAction(action)),
        };
    }

    public async Task<ChatReply> HandleAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var arguments = invocation.Arguments;
        var name = arguments.Text(ArgumentNames.Action)?.ToLowerInvariant() ?? "";
        if (!Actions.TryGetValue(name, out var action))
        {
            return Usage(name.Length == 0 ? new UsageProblem.QuotaNoAction() : new UsageProblem.QuotaUnknownAction(name));
        }

        var scope = invocation.User.Scope;
        var actor = invocation.User.UserId;
        var credits = arguments.Whole(ArgumentNames.Credits, out var isWhole);
        var user = TargetOf(invocation);
        var roles = arguments.Text(ArgumentNames.UserRoles)?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
        switch (action)
        {
            case QuotaAction.Show when user is null:
                var (scopeDefault, roleAllowances) = await quota.AllowancesAsync(scope, cancellationToken);
                return new AllowancesReply(scopeDefault, roleAllowances);
            case QuotaAction.Show:
                return new QuotaReply(action, await quota.ShowAsync(user, roles, cancellationToken));
            case QuotaAction.Set or QuotaAction.Grant when user is null || credits is null || !isWhole:
                return Usage(new UsageProblem.QuotaNeedsUserAndAmount(name, QuotaLimits.MaxCredits));
            case QuotaAction.Set:
                return Reply(action, await quota.SetAsync(user!, credits!.Value, actor, roles, cancellationToken), credits!.Value);
            case QuotaAction.Grant:
                return Reply(action, await quota.GrantAsync(user!, credits!.Value, actor, roles, cancellationToken), credits!.Value);
            case QuotaAction.Default when credits is { } allowance && isWhole:
                return Reply(action, await quota.SetDefaultAsync(scope, allowance, actor, cancellationToken), allowance);
            case QuotaAction.Role when arguments.Text(ArgumentNames.Role) is { } role && isWhole:
                return Reply(action, await quota.SetRoleAsync(scope, role, credits, actor, cancellationToken), credits ?? 0, role);
            default:
                return Usage(new UsageProblem.QuotaUnknownAction(name));
        }
    }

    private static UserRef? TargetOf(Invocation invocation) =>
        invocation.Arguments.Text(ArgumentNames.User)?.Trim().TrimStart('@') is { Length: > 0 } id
            ? new UserRef(invocation.User.Scope, id)
            : invocation.ReplyToUserId is { } replied ? new UserRef(invocation.User.Scope, replied) : null;

    private static ChatReply Reply(QuotaAction action, QuotaResult result, long credits, string? role = null) => result switch
    {
        QuotaResult.Changed changed => new QuotaReply(action, changed.Account),
        QuotaResult.AllowanceSet set when action == QuotaAction.Role => new RoleAllowanceReply(role!, set.Credits),
        QuotaResult.AllowanceSet set => new ScopeDefaultReply(set.Credits ?? 0),
        QuotaResult.OutOfRange range => new QuotaOutOfRangeReply(action, credits, range.Max),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, null),
    };

    private UsageReply Usage(UsageProblem problem) => new(Name, problem);
}
