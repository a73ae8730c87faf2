using Microsoft.Extensions.DependencyInjection;
using MusicBot.Emulators.Telegram;
using MusicBot.Emulators.Telegram.Model;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Tests.Support;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.EndToEnd;

/// <summary>
/// A group upgraded to a supergroup gets a new id (migrate_to_chat_id): the move is stored, and its members' drafts
/// and credits are there in the supergroup, also after a restart.
/// </summary>
public sealed class GroupMigrationTests : IAsyncLifetime, IDisposable
{
    private const long SupergroupId = -1002000000099;
    private readonly TestDataDirectory _data = new();
    private TelegramEmulator _emulator = null!;
    private EmulatedChat _group = null!;
    private EmulatedUser _ana = null!;
    private EmulatedUser _owner = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Flood = EmulatorFlood.Scaled });
        _group = _emulator.Script.Group(-4000000001, "Choir", "group");
        _ana = _emulator.Script.User(210000002, "Ana", "ana_sings");
        _owner = _emulator.Script.User(210000009, "Olga", "olga_owner");
        _emulator.Script.SetMember(_group, _owner, "creator");
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Migration_ServiceMessages_MembersDraftsAndCreditsFollowToTheSupergroup()
    {
        await using var bot = await TelegramBotHost.StartAsync(_emulator, data: _data);
        var inGroup = new Conversation(_emulator, _group, _ana);
        await inGroup.SayAsync("/style@musicbot_test_bot gospel, 90 bpm");
        var granted = await new Conversation(_emulator, _group, _owner).SayAsync("/quota@musicbot_test_bot set @ana_sings 7");
        Assert.Contains("has 7 credits here", granted.Text, StringComparison.Ordinal);

        var supergroup = _emulator.Script.MigrateGroup(_group, SupergroupId, by: _owner);
        var there = new Conversation(_emulator, supergroup, _ana);
        var draft = await there.SayAsync("/draft@musicbot_test_bot");
        var credits = await there.SayAsync("/credits@musicbot_test_bot");

        Assert.Contains("Style: gospel, 90 bpm", draft.Text, StringComparison.Ordinal);
        Assert.StartsWith("💳 You have 7 credits here", credits.Text, StringComparison.Ordinal);
        Assert.Equal("-1002000000099", await DatabaseFile.ScalarAsync<string>(_data.Path, "SELECT to_scope FROM scope_moves WHERE from_scope = '-4000000001'"));
        Assert.Equal(
            "-7 -4000000001|7 -1002000000099",
            await DatabaseFile.ScalarAsync<string>(_data.Path, "SELECT group_concat(amount || ' ' || scope_id, '|') FROM (SELECT amount, scope_id FROM credit_ledger WHERE kind = 'move' AND user_id = '210000002' ORDER BY id)"));
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(_data.Path, "SELECT COUNT(*) FROM drafts WHERE scope_id = '-4000000001'"));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_data.Path));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("group -4000000001 became supergroup -1002000000099", StringComparison.Ordinal));
        Assert.DoesNotContain(_emulator.CallsTo("sendMessage"), c => c.StatusCode == 400);
    }

    [Fact]
    public async Task Migration_AfterARestart_MessagesForTheOldGroupGoStraightToTheSupergroup()
    {
        await using (var first = await TelegramBotHost.StartAsync(_emulator, data: _data))
        {
            await new Conversation(_emulator, _group, _ana).SayAsync("/style@musicbot_test_bot gospel");
            var supergroup = _emulator.Script.MigrateGroup(_group, SupergroupId, by: _owner);
            await new Conversation(_emulator, supergroup, _ana).SayAsync("/draft@musicbot_test_bot");
        }

        var polls = _emulator.CallsTo("getUpdates").Count;
        await using var restarted = await TelegramBotHost.StartAsync(_emulator, data: _data);
        // The bot polls only once it has connected, and it loads the stored moves while connecting.
        await _emulator.WaitUntilAsync(() => _emulator.CallsTo("getUpdates").Count > polls, what: "the restarted bot to connect and poll");
        await using var scope = restarted.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BotApi>().SendHtmlAsync(_group.Id, "for the choir", CancellationToken.None);

        Assert.Equal("for the choir", _emulator.MessagesIn(SupergroupId)[^1].Text);
        Assert.DoesNotContain(_emulator.CallsTo("sendMessage"), c => c["chat_id"] == "-4000000001" && c.StatusCode == 400);
    }
}
