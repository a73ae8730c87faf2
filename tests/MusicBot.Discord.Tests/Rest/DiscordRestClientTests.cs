using System.Diagnostics;
using System.Text;
using MusicBot.Discord.Json;
using MusicBot.Discord.Rest;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;

namespace MusicBot.Discord.Tests.Rest;

/// <summary>The REST client's rate limiting and bodies, against the emulator's buckets and 429s.</summary>
public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private static readonly MessagePayload Hello = new() { Content = "hello" };

    private DiscordEmulator _discord = null!;
    private RestHarness _rest = null!;

    public async Task InitializeAsync()
    {
        _discord = await DiscordEmulator.StartAsync(new EmulatorOptions { ChannelMessages = new RouteLimit(3, TimeSpan.FromMilliseconds(500)) });
        _rest = RestHarness.Create(_discord);
    }

    public async Task DisposeAsync()
    {
        await _rest.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_MoreThanTheBucketAllows_WaitsForTheResetInsteadOfHittingA429()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _rest.Api.CreateMessageAsync(_discord.Options.ChannelId, Hello, null, CancellationToken.None)));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Describe()));
        Assert.Empty(_discord.Record.RateLimited);
        Assert.Equal(10, _discord.State.MessagesInOrder.Count);
    }

    [Fact]
    public async Task SendAsync_BucketSharedByTwoChannels_KeptApartByTopLevelResource()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => _rest.Api.CreateMessageAsync(i % 2 == 0 ? "111" : "222", Hello, null, CancellationToken.None)));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Describe()));
        Assert.Empty(_discord.Record.RateLimited);
    }

    [Fact]
    public async Task SendAsync_429WithFloatRetryAfter_WaitsAtLeastThatLongAndSucceeds()
    {
        _discord.Inject429("POST /api/v10/channels", retryAfter: 0.35);
        var started = Stopwatch.GetTimestamp();

        using var metric = new MetricProbe(_rest.Meters, "musicbot.platform.rate_limited");

        var result = await _rest.Api.CreateMessageAsync(_discord.Options.ChannelId, Hello, null, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Describe());
        Assert.Equal([("platform", "discord")], metric.Tags);
        Assert.Single(_discord.Record.RateLimited, r => r.IsInjected);
        Assert.Equal(2, _discord.Record.Requests.Count(r => r.Route.Contains("/channels/", StringComparison.Ordinal)));
        // A lower bound only: the client must not retry before retry_after, however slow the machine.
        Assert.True(Stopwatch.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(350));
    }

    [Fact]
    public async Task SendAsync_Global429_PausesOtherRoutesToo()
    {
        _discord.Inject429("POST /api/v10/channels", retryAfter: 0.4, isGlobal: true);
        var first = _rest.Api.CreateMessageAsync(_discord.Options.ChannelId, Hello, null, CancellationToken.None);
        await _discord.WaitUntilAsync(() => !_discord.Record.RateLimited.IsEmpty, "the global 429");
        var limitedAt = Stopwatch.GetTimestamp();

        var other = await _rest.Api.GetGatewayBotAsync(CancellationToken.None);

        Assert.True(other.Result.IsSuccess);
        Assert.True((await first).IsSuccess);
        Assert.True(Stopwatch.GetElapsedTime(limitedAt) >= TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task SendAsync_WrongToken_OneRequestNoRetry()
    {
        await using var wrong = RestHarness.Create(_discord, token: "not-the-token");

        var (result, info) = await wrong.Api.GetGatewayBotAsync(CancellationToken.None);

        Assert.Equal(401, result.StatusCode);
        Assert.Null(info);
        Assert.Single(_discord.Record.Requests);
    }

    [Fact]
    public async Task CreateMessage_WithFile_SendsPayloadJsonAndFilesPart()
    {
        var bytes = Encoding.UTF8.GetBytes("RIFF....WAVEfmt ");
        var message = new MessagePayload { Content = "with a file", Attachments = [new AttachmentRef(0, "song.wav", "audio")] };

        var result = await _rest.Api.CreateMessageAsync(_discord.Options.ChannelId, message, [DiscordFile.FromBytes("song.wav", "audio/wav", bytes)], CancellationToken.None);

        Assert.True(result.IsSuccess, result.Describe());
        var stored = Assert.Single(_discord.State.MessagesInOrder);
        Assert.Equal("with a file", stored.Content);
        Assert.Equal(bytes, Assert.Single(stored.Attachments).Bytes);
        Assert.Equal("song.wav", result.Body!.Value.GetProperty("attachments")[0].GetProperty("filename").GetString());
        Assert.Empty(_discord.Record.Violations);
    }

    [Fact]
    public async Task CreateMessage_TooLong_EmulatorAnswers50035()
    {
        var result = await _rest.Api.CreateMessageAsync(_discord.Options.ChannelId, new MessagePayload { Content = new string('x', 2001) }, null, CancellationToken.None);

        Assert.Equal((400, 50035), (result.StatusCode, result.ErrorCode));
    }
}
