using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Cli;

public sealed class QuotaCliCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TestDataDirectory _data = new();

    public async Task InitializeAsync() => Assert.Equal(0, (await BotProcess.RunCliAsync(_data.Path, null, "migrate")).ExitCode);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task RunAsync_SetGrantDefaultThenList_ChangesBalancesThroughTheLedger()
    {
        var set = await Cli("quota", "set", "--platform", "telegram", "--scope", "-100123", "--user", "42", "--credits", "20");
        var grant = await Cli("quota", "grant", "--platform", "telegram", "--scope=-100123", "--user", "42", "--credits", "5", "--reason", "contest winner");
        var scopeDefault = await Cli("quota", "default", "--platform", "telegram", "--scope", "-100123", "--credits", "3");
        await Cli("quota", "grant", "--platform", "telegram", "--scope", "-100123", "--user", "7", "--credits", "0");
        var list = await Cli("quota", "list", "--platform", "telegram", "--scope", "-100123");

        Assert.Contains("telegram:-100123/42 now has 20 credit(s).", set, StringComparison.Ordinal);
        Assert.Contains("telegram:-100123/42 now has 25 credit(s).", grant, StringComparison.Ordinal);
        Assert.Contains("New users in telegram:-100123 start with 3 credit(s).", scopeDefault, StringComparison.Ordinal);
        Assert.Contains("New users in telegram:-100123 start with 3 credit(s).", list, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^telegram\s+-100123\s+42\s+25\s", list);
        Assert.Matches(@"(?m)^telegram\s+-100123\s+7\s+3\s", list);
        Assert.Equal("contest winner", await DatabaseFile.ScalarAsync<string>(_data.Path, "SELECT reason FROM credit_ledger WHERE user_id = '42' AND amount = 5"));
        Assert.StartsWith("cli:", await DatabaseFile.ScalarAsync<string>(_data.Path, "SELECT actor FROM credit_ledger WHERE user_id = '42' AND kind = 'set'"), StringComparison.Ordinal);
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_data.Path));
    }

    [Fact]
    public async Task RunAsync_TheSharedRuleTable_HoldsForOperators()
    {
        var broken = new List<string?>();
        foreach (var (rule, i) in QuotaRules.Cases.Select((rule, i) => (rule, i)))
        {
            var member = $"member{i}";

            await using var cli = await BotProcess.RunCliAsync(
                _data.Path, null, "quota", rule.Action, "--platform", "telegram", "--scope", "-100123", "--user", member,
                "--credits", rule.Credits.ToString(System.Globalization.CultureInfo.InvariantCulture));

            var exitBroken = (rule.Balance is null) == (cli.ExitCode == 2) ? null : $"{rule}: exit code {cli.ExitCode}";
            broken.Add(exitBroken ?? await QuotaRules.BrokenAsync(rule, cli.Stdout + cli.Stderr, _data.Path, "telegram", "-100123", member));
        }

        Assert.All(broken, Assert.Null);
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_data.Path));
    }

    [Theory]
    [InlineData("quota", "set", "--platform", "telegram", "--scope", "-1", "--user", "42")]
    [InlineData("quota", "grant", "--platform", "irc", "--scope", "-1", "--user", "42", "--credits", "1")]
    [InlineData("quota", "set", "--platform", "telegram", "--scope", "-1", "--user", "42", "--credits", "-3")]
    [InlineData("quota", "list", "--plattform", "telegram")]
    [InlineData("quota", "frob")]
    public async Task RunAsync_BadCommandLine_ExitsTwoWithUsageAndChangesNothing(params string[] arguments)
    {
        var cli = await BotProcess.RunCliAsync(_data.Path, null, arguments);

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains("Usage: musicbot", cli.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM credit_ledger"));
    }

    private async Task<string> Cli(params string[] arguments)
    {
        var cli = await BotProcess.RunCliAsync(_data.Path, null, arguments);
        Assert.True(cli.ExitCode == 0, cli.Stderr);
        return cli.Stdout;
    }
}
