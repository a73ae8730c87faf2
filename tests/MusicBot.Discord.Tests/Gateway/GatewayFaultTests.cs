using Microsoft.Extensions.Logging;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Discord.Tests.Gateway;

/// <summary>
/// Faults injected by the emulated gateway. After each, the bot must resume or identify again as the protocol says
/// (reference A2.5, A2.10) and every interaction sent around the fault must still be answered.
/// </summary>
public sealed class GatewayFaultTests : DiscordScenario
{
    [Fact]
    public async Task Reconnect_Op7_ResumesOnTheResumeUrlAndMissesNothing()
    {
        await Discord.Gateway.SendReconnectAsync();
        var during = await Discord.SlashAsync(People.Ian, "music credits");

        await WaitForSessionsAsync(2);
        await AssertAnsweredAsync(during, await Discord.SlashAsync(People.Mason, "music credits"));
        AssertResumedOnly();
    }

    [Fact]
    public async Task InvalidSession_Resumable_Resumes()
    {
        await Discord.Gateway.SendInvalidSessionAsync(resumable: true);
        var during = await Discord.SlashAsync(People.Ian, "music credits");

        await WaitForSessionsAsync(2);
        await AssertAnsweredAsync(during);
        AssertResumedOnly();
    }

    [Fact]
    public async Task InvalidSession_NotResumable_IdentifiesAgainOnTheGatewayUrl()
    {
        await Discord.Gateway.SendInvalidSessionAsync(resumable: false);
        var during = await Discord.SlashAsync(People.Ian, "music credits");

        await WaitForSessionsAsync(2);
        await AssertAnsweredAsync(during, await Discord.SlashAsync(People.Mason, "music credits"));
        Assert.Equal(2, Discord.Record.GatewayOf("identify").Count);
        Assert.Empty(Discord.Record.GatewayOf("resume"));
        Assert.Equal("gateway", Discord.Record.GatewayOf("connect")[^1].Detail);
    }

    [Fact]
    public async Task Resume_ResumeUrlUnreachable_IdentifiesAfreshOnTheGatewayUrl()
    {
        Discord.Gateway.IsResumeUrlDown = true;
        Discord.Gateway.DropCurrent();

        await WaitForSessionsAsync(2);
        await AssertAnsweredAsync(await Discord.SlashAsync(People.Ian, "music credits"));
        Assert.NotEmpty(Discord.Record.GatewayOf("connect-refused"));
        Assert.Equal(2, Discord.Record.GatewayOf("identify").Count);
        Assert.Empty(Discord.Record.GatewayOf("resume"));
        Assert.Equal("gateway", Discord.Record.GatewayOf("connect")[^1].Detail);
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
        await Discord.Gateway.CloseCurrentAsync(code);
        var during = await Discord.SlashAsync(People.Ian, "music credits");

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
        await Discord.Gateway.CloseCurrentAsync(code);
        var during = await Discord.SlashAsync(People.Ian, "music credits");

        await WaitForSessionsAsync(2);
        await AssertAnsweredAsync(during);
        Assert.Equal(2, Discord.Record.GatewayOf("identify").Count);
        Assert.Empty(Discord.Record.GatewayOf("resume"));
    }

    [Fact]
    public async Task MissedHeartbeatAck_ClosesTheZombieWithoutEndingTheSessionAndResumes()
    {
        // Heartbeats every 400 ms, so the zombie shows quickly.
        await Bot.DisposeAsync();
        await Discord.DisposeAsync();
        Discord = await DiscordEmulator.StartAsync(new EmulatorOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(400) });
        Bot = await DiscordBotHost.StartAsync(Discord);
        Discord.Gateway.WithholdAcks = true;
        await Discord.WaitUntilAsync(() => Discord.Record.GatewayOf("client-close").Count + Discord.Record.GatewayOf("client-abort").Count > 0, "the bot to give up on the zombie connection");
        Discord.Gateway.WithholdAcks = false;
        var during = await Discord.SlashAsync(People.Ian, "music credits");

        await WaitForSessionsAsync(2);
        await AssertAnsweredAsync(during);
        Assert.Single(Discord.Record.GatewayOf("identify"));
        Assert.NotEmpty(Discord.Record.GatewayOf("resumed"));
        Assert.DoesNotContain(Discord.Record.GatewayOf("client-close"), e => e.Code is 1000 or 1001);
    }

    [Fact]
    public async Task DroppedConnection_InteractionsSentMeanwhile_ReplayedAfterResume()
    {
        Discord.Gateway.DropCurrent();
        var missed = new[]
        {
            await Discord.SlashAsync(People.Ian, "music credits"),
            await Discord.SlashAsync(People.Mason, "music draft show"),
            await Discord.SlashAsync(People.Owner, "music history"),
        };

        await WaitForSessionsAsync(2);
        await AssertAnsweredAsync(missed);
        AssertResumedOnly();
    }

    [Fact]
    public async Task HeartbeatRequest_Op1_AnsweredWithAHeartbeat()
    {
        var before = Discord.Record.GatewayOf("heartbeat").Count;

        await Discord.Gateway.RequestHeartbeatAsync();

        await Discord.WaitUntilAsync(() => Discord.Record.GatewayOf("heartbeat").Count > before, "a heartbeat in answer to op 1");
        Assert.Equal(1, Discord.Gateway.SessionsStarted);
    }

    [Fact]
    public async Task Shutdown_ClosesWith1000SoTheSessionEnds()
    {
        await Bot.DisposeAsync();
        Bot = await DiscordBotHost.StartAsync(Discord);

        // The first bot ended its session with 1000, so the second could only Identify (twice if within 5 s of the first).
        Assert.Contains(Discord.Record.GatewayOf("client-close"), e => e.Code == 1000);
        Assert.Empty(Discord.Record.GatewayOf("resume"));
    }

    private Task WaitForSessionsAsync(int count) =>
        Discord.WaitUntilAsync(() => Discord.Gateway.SessionsStarted >= count && Bot.Gateway.Shards[0].IsReady, $"session number {count}");

    private void AssertResumedOnly()
    {
        Assert.Single(Discord.Record.GatewayOf("identify"));
        Assert.Single(Discord.Record.GatewayOf("resume"));
        Assert.Equal("resume", Discord.Record.GatewayOf("connect")[^1].Detail);
        Assert.Single(Discord.Record.GatewayOf("resumed"));
    }

    private async Task AssertAnsweredAsync(params EmulatedInteraction[] interactions)
    {
        foreach (var interaction in interactions)
        {
            var reply = await Discord.WaitForReplyAsync(interaction);
            Assert.NotNull(reply);
            Assert.Null(interaction.LateBy);
        }

        Assert.DoesNotContain(Bot.Logs.Lines, l => l.Level >= LogLevel.Error);
    }
}
