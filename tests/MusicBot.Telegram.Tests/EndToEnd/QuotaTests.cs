using System.Globalization;
using System.Text.Json.Nodes;
using MusicBot.Emulators.Telegram;
using MusicBot.Emulators.Telegram.Model;
using MusicBot.Telegram.Tests.Support;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.EndToEnd;

/// <summary>Group admins (by getChatMember) manage members' credits; members are held to them; non-admins are refused.</summary>
public sealed class QuotaTests : IAsyncLifetime
{
    private TelegramEmulator _emulator = null!;
    private TelegramBotHost _bot = null!;
    private EmulatedChat _group = null!;
    private Conversation _admin = null!;
    private Conversation _member = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = EmulatorFlood.Scaled });
        _group = _emulator.Script.Group(-1002000000042, "Band practice");
        var lena = _emulator.Script.User(210000010, "Lena", "lena_admin");
        var max = _emulator.Script.User(210000011, "Max", "max_member");
        _emulator.Script.SetMember(_group, lena, "creator");
        _emulator.Script.SetMember(_group, max, "member");
        _admin = new Conversation(_emulator, _group, lena);
        _member = new Conversation(_emulator, _group, max);
        _bot = await TelegramBotHost.StartAsync(_emulator);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Quota_AdminSetsAMembersCredits_MemberIsHeldToThem()
    {
        await _member.SayAsync("/credits");

        var set = await _admin.SayAsync("/quota@musicbot_test_bot set @max_member 1");
        Assert.Equal("💳 Max (@max_member) has 1 credit here (0 credits spent, 0 credits held).", set.Text);

        await _member.SayAsync("/style chiptune");
        var first = await _member.SayAsync("/generate", matching: m => m.Edits.Count > 0);
        Assert.StartsWith("⏳ Song #1 queued", first.Text, StringComparison.Ordinal);
        await _emulator.WaitUntilAsync(() => first.Text.StartsWith("✅ Song", StringComparison.Ordinal), what: "the first song");

        var second = await _member.SayAsync("/generate", matching: m => m.Edits.Count > 0);
        Assert.Equal("🚫 Not enough credits: this song costs 1 credit and you have 0 credits. Ask an admin for more.", second.Text);

        var granted = await _admin.SayAsync("/quota grant 2", replyTo: _member.Last!.MessageId);
        Assert.StartsWith("💳 Max (@max_member) has 2 credits here (1 credit spent", granted.Text, StringComparison.Ordinal);
        Assert.Contains("You have <b>2 credits</b>", (await _member.SayAsync("/credits")).Raw, StringComparison.Ordinal);
        Assert.Single(_emulator.CallsTo("getChatMember"), c => c["user_id"] == "210000010");
    }

    [Fact]
    public async Task Quota_NonAdmin_IsRefusedAndNothingChanges()
    {
        await _admin.SayAsync("/credits");

        var refused = await _member.SayAsync("/quota set @lena_admin 1000");

        Assert.Equal("🚫 Only admins of this chat can manage credits.", refused.Text);
        Assert.Contains("You have <b>10 credits</b>", (await _admin.SayAsync("/credits")).Raw, StringComparison.Ordinal);
        Assert.Contains(_emulator.CallsTo("getChatMember"), c => c["user_id"] == "210000011" && c.Response.Contains("\"member\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Quota_GroupDefaultThenGrantToAMemberWithoutUsername_StartsFromTheGroupDefault()
    {
        var zed = _emulator.Script.User(210000012, "Zed");
        var mention = new JsonObject { ["offset"] = 13, ["length"] = 3, ["type"] = "text_mention", ["user"] = zed.ToJson() };

        Assert.Equal("New members here now start with 3 credits.", (await _admin.SayAsync("/quota default 3")).Text);
        var grant = _emulator.Script.Say(_group, _admin.User, "/quota grant Zed 4", extraEntities: [mention]);
        var granted = await _emulator.WaitForMessageAsync(_group.Id, m => m.MessageId > grant.MessageId);

        Assert.StartsWith("💳 User 210000012 has 7 credits here", granted.Text, StringComparison.Ordinal);
        Assert.StartsWith("I have not seen @nobody_here yet.", (await _admin.SayAsync("/quota show @nobody_here")).Text, StringComparison.Ordinal);
        Assert.Contains("needs a user", (await _admin.SayAsync("/quota set 7")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quota_TheSharedRuleTable_HoldsInAGroup()
    {
        var broken = new List<string?>();
        foreach (var (rule, i) in QuotaRules.Cases.Select((rule, i) => (rule, i)))
        {
            var member = (310000000 + i).ToString(CultureInfo.InvariantCulture);

            var reply = await _admin.SayAsync($"/quota {rule.Action} {member} {rule.Credits.ToString(CultureInfo.InvariantCulture)}");

            broken.Add(await QuotaRules.BrokenAsync(rule, reply.Text, _bot.Data.Path, "telegram", _group.Id.ToString(CultureInfo.InvariantCulture), member));
        }

        Assert.All(broken, Assert.Null);
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_bot.Data.Path));
    }

    [Fact]
    public async Task Quota_InAPrivateChat_NobodyIsAdmin()
    {
        var own = new Conversation(_emulator, _emulator.Script.PrivateChat(_admin.User), _admin.User);

        Assert.Equal("🚫 Only admins of this chat can manage credits.", (await own.SayAsync("/quota set @lena_admin 99")).Text);
        Assert.Empty(_emulator.CallsTo("getChatMember"));
    }
}
