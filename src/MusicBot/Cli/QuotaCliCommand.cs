using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;

namespace MusicBot.Cli;

/// <summary>
/// <c>musicbot quota list|set|grant|default</c>: credits per (platform, scope, user) for operators without chat
/// access. Every change is a ledger row whose actor is <c>cli:&lt;os user&gt;</c>.
/// </summary>
public sealed class QuotaCliCommand : IAdminCommand
{
    private static readonly string[] KnownPlatforms = [Platforms.Telegram, Platforms.Discord, Platforms.Console];

    public string Name => "quota";

    public IReadOnlyList<string> Usage { get; } =
    [
        "quota list [--platform P --scope S] [--limit N]",
        "                             balances in one scope, or in all scopes",
        "quota set --platform P --scope S --user U --credits N [--reason TEXT]",
        "quota grant --platform P --scope S --user U --credits N [--reason TEXT]",
        "quota default --platform P --scope S --credits N",
        "                             P: telegram | discord | console; S: chat or guild id (e.g. -100123)",
    ];

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = context.Services.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<ICreditLedger>();
        var quota = scope.ServiceProvider.GetRequiredService<QuotaService>();
        var action = arguments.Positional.Count > 1 ? arguments.Positional[1] : throw new CliUsageException("quota needs list, set, grant or default.");
        switch (action)
        {
            case "list":
                arguments.AllowOnly("platform", "scope", "limit");
                await ListAsync(ledger, arguments, context.Output, cancellationToken);
                return 0;
            case "set" or "grant":
                arguments.AllowOnly("platform", "scope", "user", "credits", "reason");
                var user = new UserRef(Scope(arguments), arguments.Required("user"));
                var credits = Credits(arguments);
                var reason = arguments.Option("reason") ?? "admin-cli";
                var changed = action == "set"
                    ? await quota.SetAsync(user, credits, Actor, [], cancellationToken, reason)
                    : await quota.GrantAsync(user, credits, Actor, [], cancellationToken, reason);
                var account = ((QuotaResult.Changed)Done(changed, arguments)).Account;
                context.Output.WriteLine($"{user} now has {account.Balance} credit(s).");
                return 0;
            case "default":
                arguments.AllowOnly("platform", "scope", "credits");
                var target = Scope(arguments);
                var allowance = Credits(arguments);
                Done(await quota.SetDefaultAsync(target, allowance, Actor, cancellationToken), arguments);
                context.Output.WriteLine($"New users in {target} start with {allowance} credit(s).");
                return 0;
            default:
                throw new CliUsageException($"Unknown quota action '{action}'; use list, set, grant or default.");
        }
    }

    private static string Actor => $"cli:{Environment.UserName}";

    /// <summary>A whole number; its range is checked by <see cref="QuotaService"/>, the same rule as in chat.</summary>
    private static long Credits(CliArguments arguments)
    {
        var text = arguments.Required("credits");
        return long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var credits)
            ? credits
            : throw OutOfRange(text);
    }

    /// <summary>The result of a change; a refused amount ends the command with its usage (nothing was changed).</summary>
    private static QuotaResult Done(QuotaResult result, CliArguments arguments) =>
        result is QuotaResult.OutOfRange ? throw OutOfRange(arguments.Required("credits")) : result;

    private static CliUsageException OutOfRange(string text) =>
        new($"--credits must be a whole number from 0 to {QuotaLimits.MaxCredits}, not '{text}'.");

    private static async Task ListAsync(ICreditLedger ledger, CliArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var scope = arguments.Option("platform") is null && arguments.Option("scope") is null ? null : Scope(arguments);
        var accounts = await ledger.ListAccountsAsync(scope, arguments.Number("limit", 200, 1, 100_000), cancellationToken);
        if (scope is not null)
        {
            output.WriteLine($"New users in {scope} start with {await ledger.GetScopeDefaultAsync(scope, cancellationToken)} credit(s).");
        }

        if (accounts.Count == 0)
        {
            output.WriteLine("No accounts yet.");
            return;
        }

        TextTable.Write(
            output,
            ["PLATFORM", "SCOPE", "USER", "BALANCE", "RESERVED", "CHARGED", "REFUNDED", "GRANTED"],
            accounts.Select(a => (IReadOnlyList<string>)
            [
                a.User.Platform, a.User.Scope.Id, a.User.UserId, TextTable.Number(a.Balance), TextTable.Number(a.Reserved),
                TextTable.Number(a.Charged), TextTable.Number(a.Refunded), TextTable.Number(a.Granted),
            ]));
    }

    private static ConversationScope Scope(CliArguments arguments)
    {
        var platform = arguments.Required("platform").ToLowerInvariant();
        if (!KnownPlatforms.Contains(platform))
        {
            throw new CliUsageException($"--platform is '{platform}'; use {string.Join(", ", KnownPlatforms)}.");
        }

        return new ConversationScope(platform, arguments.Required("scope"));
    }
}
