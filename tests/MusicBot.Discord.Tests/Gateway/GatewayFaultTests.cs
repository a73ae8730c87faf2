using Microsoft.Extensions.Logging;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Discord.Tests.Gateway;

/// <summary>
/// Faults injected by the emulated gateway. After each, the bot must resume or identify again as the protocol says
/// (reference A2.5, A2.10) and every interaction sent around the fault must still be answered.
/// </summary>
public sealed class GatewayFaultTests : IAsyncLifetime
{
    private DiscordEmulator _discord = null!;
    private DiscordBotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _discord = await DiscordEmulator.StartAsync();
        _bot = await DiscordBotHost.StartAsync(_discord);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesOnTheResumeUrlAndMissesNothing()
    {
        await _discord.Gateway.SendReconnectAsync();
        var during = await _discord.SlashAsync(People.Ian, "music credits");

        await WaitForSessionsAsync(2);
        await AssertAnsweredAsync(during, await _discord.SlashAsync(People.Mason, "music credits"));
        AssertResumedOnly();
    }

    [Fact]
    public async Task InvalidSession_Resumable_Resumes()
    {
        await _discord.Gateway.SendInvalidSessionAsync(resumable: true);
        var during = await _discord.SlashAsync(People.Ian, "music credits");

        await WaitForSessionsAsync(2);
        await AssertAnsweredAsync(during);
        AssertResumedOnly();
    }

    [Fact]
    public async Task InvalidSession_NotResumable_IdentifiesAgainOnTheGatewayUrl()
    {
        await _discord.Gateway.SendInvalidSessionAsync(resumable: false);
        var during = await _discord.SlashAsync(People.Ian, "music credits");

        await WaitForSessionsAsync(2);
        await AssertAnsweredAsync(during, await _discord.SlashAsync(People.Mason, "music credits"));
        Assert.Equal(2, _discord.Record.GatewayOf("identify").Count);
        Assert.Empty(_discord.Record.GatewayOf("resume"));
        Assert.Equal("gateway", _discord.Record.GatewayOf("connect")[^1].Detail);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4005)]
    [InlineData(4008)]
    [InlineData(1000)]
    public async Task Close_ResumableCode_Resumes(int code)
    {
        await _discord.Gateway.CloseCurrentAsync(code);
        var during = await _discord.SlashAsync(People.Ian, "music credits");

        await WaitForSessionsAsync(2);
        await AssertAnsweredAsync(during);
        AssertResumedOnly();
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Close_SessionEndingCode_IdentifiesAfresh(int code)
    {
        await _discord.Gateway.CloseCurrentAsync(code);
        var during = await _discord.SlashAsync(People.Ian, "music credits");

        await WaitForSessionsAsync(2);
        await AssertAnsweredAsync(during);
        Assert.Equal(2, _discord.Record.GatewayOf("identify").Count);
        Assert.Empty(_discord.Record.GatewayOf("resume"));
    }

    [Fact]
    public async Task MissedHeartbeatAck_ClosesTheZombieWithoutEndingTheSessionAndResumes()
    {
        // Heartbeats every 400 ms, so the zombie shows quickly.
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
        _discord = await DiscordEmulator.StartAsync(new EmulatorOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(400) });
        _bot = await DiscordBotHost.StartAsync(_discord);
        _discord.Gateway.WithholdAcks = true;
        await _discord.WaitUntilAsync(() => _discord.Record.GatewayOf("client-close").Count + _discord.Record.GatewayOf("client-abort").Count > 0, "the bot to give up on the zombie connection");
        _discord.Gateway.WithholdAcks = false;
        var during = await _discord.SlashAsync(People.Ian, "music credits");

        await WaitForSessionsAsync(2);
        await AssertAnsweredAsync(during);
        Assert.Single(_discord.Record.GatewayOf("identify"));
        Assert.NotEmpty(_discord.Record.GatewayOf("resumed"));
        Assert.DoesNotContain(_discord.Record.GatewayOf("client-close"), e => e.Code is 1000 or 1001);
    }

    [Fact]
    public async Task DroppedConnection_InteractionsSentMeanwhile_ReplayedAfterResume()
    {
        _discord.Gateway.DropCurrent();
        var missed = new[]
        {
            await _discord.SlashAsync(People.Ian, "music credits"),
            await _discord.SlashAsync(People.Mason, "music draft show"),
            await _discord.SlashAsync(People.Owner, "music history"),
        };

        await WaitForSessionsAsync(2);
        await AssertAnsweredAsync(missed);
        AssertResumedOnly();
    }

    [Fact]
    public async Task HeartbeatRequest_Op1_AnsweredWithAHeartbeat()
    {
        var before = _discord.Record.GatewayOf("heartbeat").Count;

        await _discord.Gateway.RequestHeartbeatAsync();

        await _discord.WaitUntilAsync(() => _discord.Record.GatewayOf("heartbeat").Count > before, "a heartbeat in answer to op 1");
        Assert.Equal(1, _discord.Gateway.SessionsStarted);
    }

    [Fact]
    public async Task Shutdown_ClosesWith1000SoTheSessionEnds()
    {
        await _bot.DisposeAsync();
        _bot = await DiscordBotHost.StartAsync(_discord);

        // The first bot ended its session with 1000, so the second could only Identify (twice if within 5 s of the first).
        Assert.Contains(_discord.Record.GatewayOf("client-close"), e => e.Code == 1000);
        Assert.Empty(_discord.Record.GatewayOf("resume"));
    }

    private Task WaitForSessionsAsync(int count) =>
        _discord.WaitUntilAsync(() => _discord.Gateway.SessionsStarted >= count && _bot.Gateway.Shards[0].IsReady, $"session number {count}");

    private void AssertResumedOnly()
    {
        Assert.Single(_discord.Record.GatewayOf("identify"));
        Assert.Single(_discord.Record.GatewayOf("resume"));
        Assert.Equal("resume", _discord.Record.GatewayOf("connect")[^1].Detail);
        Assert.Single(_discord.Record.GatewayOf("resumed"));
    }

    private async Task AssertAnsweredAsync(params EmulatedInteraction[] interactions)
    {
        foreach (var interaction in interactions)
        {
            var reply = await _discord.WaitForReplyAsync(interaction);
            Assert.NotNull(reply);
            Assert.Null(interaction.LateBy);
        }

        Assert.DoesNotContain(_bot.Logs.Lines, l => l.Level >= LogLevel.Error);
    }
}
