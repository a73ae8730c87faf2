using MusicBot.Core.Credits;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.State;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Interactions;

/// <summary><c>/music-quota</c>: admins set credits per member and per role; members are held to them; others are refused.</summary>
public sealed class QuotaTests : IAsyncLifetime
{
    private DiscordEmulator _discord = null!;
    private DiscordBotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _discord = await DiscordEmulator.StartAsync();
        _bot = await DiscordBotHost.StartAsync(_discord, new() { ["MusicBot:Providers:Local:StageDelay"] = "00:10:00" });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task Quota_RegisteredForManageServerOnly()
    {
        var quota = _discord.State.Commands[_discord.Options.GuildId].Single(c => c!["name"]!.GetValue<string>() == CommandNames.Quota)!;

        Assert.Equal("32", quota["default_member_permissions"]!.GetValue<string>());
    }

    [Fact]
    public async Task Quota_Registered_CarriesTheDescriptionLocalizationsTheEmulatorAccepted()
    {
        var quota = _discord.State.Commands[_discord.Options.GuildId].Single(c => c!["name"]!.GetValue<string>() == CommandNames.Quota)!;
        var set = quota["options"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == "set")!;

        Assert.Equal("Кредиты участников на этом сервере", quota["description_localizations"]!["ru"]!.GetValue<string>());
        Assert.Equal("Define os créditos de um membro", set["description_localizations"]!["pt-BR"]!.GetValue<string>());
        Assert.Empty(_discord.Record.Violations);
    }

    [Fact]
    public async Task Quota_NonAdmin_RefusedAndNothingChanges()
    {
        var reply = await ReplyAsync(People.Ian, "music-quota set", ("user", People.Mason), ("credits", 500));

        Assert.True(reply.IsEphemeral);
        Assert.Equal("Only members with the **Manage Server** permission can manage credits.", reply.Content);
        Assert.Contains("You have **10 credits**", Description(await ReplyAsync(People.Mason, "music credits")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuotaSet_PerUser_MemberIsHeldToIt()
    {
        var set = await ReplyAsync(People.Owner, "music-quota set", ("user", People.Ian), ("credits", 1));
        Assert.Contains($"<@{People.Ian.Id}> now has 1 credit", set.Content, StringComparison.Ordinal);

        var first = await ReplyAsync(People.Ian, "music generate", ("style", "bossa nova"));
        var second = await ReplyAsync(People.Ian, "music generate");

        Assert.Contains("queued (position", first.Content, StringComparison.Ordinal);
        Assert.True(second.IsEphemeral);
        Assert.Equal("Not enough credits: this song costs 1 credit and you have 0 credits. Ask a server admin for more.", second.Content);
        Assert.Empty(_discord.Record.Violations);
    }

    [Fact]
    public async Task QuotaRole_MemberWithSeveralRoles_StartsWithTheHighest()
    {
        await ReplyAsync(People.Owner, "music-quota role", ("role", People.DjRole), ("credits", 3));
        await ReplyAsync(People.Owner, "music-quota role", ("role", People.ListenerRole), ("credits", 1));
        await ReplyAsync(People.Owner, "music-quota default", ("credits", 2));
        var both = EmulatedUser.Member("700000000000000001", People.ListenerRole, People.DjRole);
        var listener = EmulatedUser.Member("700000000000000002", People.ListenerRole);
        var plain = EmulatedUser.Member("700000000000000003");

        Assert.Contains("You have **3 credits**", Description(await ReplyAsync(both, "music credits")), StringComparison.Ordinal);
        Assert.Contains("You have **1 credit**", Description(await ReplyAsync(listener, "music credits")), StringComparison.Ordinal);
        Assert.Contains("You have **2 credits**", Description(await ReplyAsync(plain, "music credits")), StringComparison.Ordinal);
        var shown = Description(await ReplyAsync(People.Owner, "music-quota show"));
        Assert.Contains($"<@&{People.DjRole}>: 3 credits", shown, StringComparison.Ordinal);
        Assert.Contains("New members start with **2 credits**", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuotaRole_NewMemberGenerates_HeldToTheRoleAllowance()
    {
        await ReplyAsync(People.Owner, "music-quota role", ("role", People.ListenerRole), ("credits", 1));
        var listener = EmulatedUser.Member("700000000000000004", People.ListenerRole);

        var first = await ReplyAsync(listener, "music generate", ("style", "drum and bass"));
        var second = await ReplyAsync(listener, "music generate");

        Assert.Contains("1 credit reserved, 0 left", first.Content, StringComparison.Ordinal);
        Assert.StartsWith("Not enough credits", second.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuotaGrant_ThenShow_AddsToTheRoleStartingBalance()
    {
        var dj = EmulatedUser.Member("700000000000000005", People.DjRole);
        await ReplyAsync(People.Owner, "music-quota role", ("role", People.DjRole), ("credits", 4));

        await ReplyAsync(People.Owner, "music-quota grant", ("user", dj), ("credits", 5));
        var shown = await ReplyAsync(People.Owner, "music-quota show", ("user", dj));

        Assert.Contains($"<@{dj.Id}> now has 9 credits", shown.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuotaShow_UnknownMember_WritesNothingAndShowsWhatTheirFirstUseOpens()
    {
        await ReplyAsync(People.Owner, "music-quota role", ("role", People.DjRole), ("credits", 4));
        var dj = EmulatedUser.Member("700000000000000006", People.DjRole);
        var rows = "SELECT (SELECT COUNT(*) FROM credit_accounts) * 1000 + (SELECT COUNT(*) FROM credit_ledger)";
        var before = await DatabaseFile.ScalarAsync<long>(_bot.DataDirectory, rows);

        var looked = (await ReplyAsync(People.Owner, "music-quota show", ("user", dj))).Content;
        var after = await DatabaseFile.ScalarAsync<long>(_bot.DataDirectory, rows);
        await ReplyAsync(dj, "music credits");
        var opened = (await ReplyAsync(People.Owner, "music-quota show", ("user", dj))).Content;

        Assert.Equal(before, after);
        Assert.Contains($"<@{dj.Id}> now has 4 credits", looked, StringComparison.Ordinal);
        Assert.Equal(opened, looked);
        Assert.Equal(before + 1001, await DatabaseFile.ScalarAsync<long>(_bot.DataDirectory, rows));
    }

    [Fact]
    public async Task Quota_TheSharedRuleTable_HoldsOnAServer()
    {
        // The client refuses what the registration bounds; the bounds are the rule's. A registration left by another
        // version of the bot could bound them otherwise, so the rule is then Core's to keep: widen them and run the table.
        var quota = _discord.State.Commands[_discord.Options.GuildId].Single(c => c!["name"]!.GetValue<string>() == CommandNames.Quota)!;
        var credits = quota["options"]!.AsArray().Where(o => o!["name"]!.GetValue<string>() is "set" or "grant")
            .Select(o => o!["options"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "credits")!)
            .ToList();
        Assert.All(credits, c => Assert.Equal((0, QuotaLimits.MaxCredits), (c["min_value"]!.GetValue<int>(), c["max_value"]!.GetValue<int>())));
        foreach (var option in credits)
        {
            option["min_value"] = -100d;
            option["max_value"] = 2d * QuotaLimits.MaxCredits;
        }

        var broken = new List<string?>();
        foreach (var (rule, i) in QuotaRules.Cases.Select((rule, i) => (rule, i)))
        {
            var member = EmulatedUser.Member($"70000000000000010{i}");

            var reply = await ReplyAsync(People.Owner, $"music-quota {rule.Action}", ("user", member), ("credits", rule.Credits));

            broken.Add(await QuotaRules.BrokenAsync(rule, reply.Content ?? "", _bot.DataDirectory, "discord", _discord.Options.GuildId, member.Id));
        }

        Assert.All(broken, Assert.Null);
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_bot.DataDirectory));
    }

    private async Task<EmulatedMessage> ReplyAsync(EmulatedUser user, string command, params (string, object)[] options) =>
        await _discord.WaitForReplyAsync(await _discord.SlashAsync(user, command, options)) ?? throw new InvalidOperationException("No reply.");

    private static string Description(EmulatedMessage message) => message.Current["embeds"]![0]!["description"]!.GetValue<string>();
}
