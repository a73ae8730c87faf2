using System.Diagnostics;
using System.Net;
using MusicBot.Emulators.Telegram;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Telegram;

/// <summary>
/// Two real bot processes in polling mode on one PostgreSQL store: only the holder of the polling lease calls
/// getUpdates (Telegram would end one of two pollers with 409), the other stands by healthy, and when the holder is
/// killed the other takes polling over and answers where it left off.
/// </summary>
public sealed class TelegramPollingLeaseTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(3);
    private readonly TestDataDirectory _dataA = new();
    private readonly TestDataDirectory _dataB = new();

    public void Dispose()
    {
        _dataA.Dispose();
        _dataB.Dispose();
    }

    [StoreFact]
    public async Task Polling_TwoInstancesOnOneStore_OnePollsAndTheOtherTakesOverWhenItIsKilled()
    {
        await using var database = await PostgresTestServer.CreateMigratedAsync();
        await using var telegram = await TelegramEmulator.StartAsync();
        var mira = telegram.Script.User(210000001, "Mira", "mira_sings");
        var chat = telegram.Script.PrivateChat(mira);

        await using var a = BotProcess.Start(_dataA.Path, Settings(telegram, database, "bot-a"));
        var readyA = new Uri(await a.WaitForListeningAsync(Wait), "readyz");
        await ReadinessProbe.WaitForAsync(readyA, (code, r) => code == HttpStatusCode.OK && Holds(r), "bot-a to hold the polling lease", a, Wait);
        await using var b = BotProcess.Start(_dataB.Path, Settings(telegram, database, "bot-b"));
        var readyB = new Uri(await b.WaitForListeningAsync(Wait), "readyz");
        var standby = await ReadinessProbe.WaitForAsync(readyB, (code, r) => code == HttpStatusCode.OK && StandsBy(r), "bot-b to stand by, ready", b, Wait);
        Assert.Contains("standby", standby.Checks["telegram"].Detail, StringComparison.Ordinal);

        // Both run for more than a lease: the holder keeps renewing, the other keeps waiting, nobody polls twice.
        telegram.Script.Say(chat, mira, "/credits");
        await telegram.WaitForMessageAsync(chat.Id, m => m.Text.StartsWith("💳", StringComparison.Ordinal));
        await Task.Delay(LeaseDuration * 1.5);
        Assert.True(StandsBy(await ReadinessProbe.WaitForAsync(readyB, (_, _) => true, "an answer", b, Wait)));
        Assert.DoesNotContain(telegram.CallsTo("getUpdates"), c => c.StatusCode == 409);

        a.Kill();
        var killed = Stopwatch.StartNew();
        telegram.Script.Say(chat, mira, "/style trance, 140 bpm");
        await telegram.WaitForMessageAsync(chat.Id, m => m.Text.Contains("Style set.", StringComparison.Ordinal), Wait);
        var takeover = killed.Elapsed;

        var after = await ReadinessProbe.WaitForAsync(readyB, (code, r) => code == HttpStatusCode.OK && Holds(r), "bot-b to hold the polling lease", b, Wait);
        Assert.StartsWith("bot-b; holds telegram:polling", after.Checks["instance"].Detail, StringComparison.Ordinal);
        Assert.True(takeover < TimeSpan.FromMinutes(1), $"the survivor took {takeover} to answer");
        Assert.Single(telegram.MessagesIn(chat.Id), m => m.Text.StartsWith("💳", StringComparison.Ordinal));
        Assert.Equal("bot-b", await database.ScalarAsync<string>("SELECT holder FROM leases WHERE name = 'telegram:polling'"));
        Assert.DoesNotContain(telegram.Token, b.Written, StringComparison.Ordinal);
    }

    private static bool Holds(Readiness r) => r.Checks["instance"].Detail.Contains("holds telegram:polling", StringComparison.Ordinal);

    private static bool StandsBy(Readiness r) => r.Checks["instance"].Detail.Contains("standby for telegram:polling", StringComparison.Ordinal);

    private static Dictionary<string, string> Settings(TelegramEmulator telegram, TestPostgresDatabase database, string instance) => new()
    {
        ["MusicBot__Telegram__BotToken"] = telegram.Token,
        ["MusicBot__Telegram__ApiBaseUrl"] = telegram.BaseUrl,
        ["MusicBot__Telegram__PollTimeout"] = "00:00:01",
        ["MusicBot__Telegram__ErrorCooldown"] = "00:00:00.200",
        ["MusicBot__Database__Provider"] = "postgres",
        ["MusicBot__Database__ConnectionString"] = database.ConnectionString,
        ["MusicBot__Instance__Id"] = instance,
        ["MusicBot__Leases__Duration"] = LeaseDuration.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
    };
}
