using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Discord.Tests.Emulator;

/// <summary>The emulator holds clients to Discord's documented contract; these prove it refuses what Discord refuses.</summary>
public sealed class DiscordEmulatorTests : IAsyncLifetime, IDisposable
{
    private DiscordEmulator _discord = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _discord = await DiscordEmulator.StartAsync(new EmulatorOptions { AckDeadline = TimeSpan.FromMilliseconds(150) });
        _http = new HttpClient { BaseAddress = new Uri(_discord.ApiBaseUrl + "/") };
        _http.DefaultRequestHeaders.Authorization = new("Bot", _discord.Options.Token);
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (https://example.test, 1.0)");
    }

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Callback_AfterThe3SecondDeadline_Answers10062()
    {
        await using var gateway = await ConnectedAsync();
        var interaction = await _discord.DispatchRawAsync(JsonNode.Parse(Fixture.Text("interaction-music-draft-set-guild.json"))!.AsObject(), People.Ian);
        await gateway.ReceiveAsync();
        await Task.Delay(300);

        var answer = await CallbackAsync(interaction, """{"type":4,"data":{"content":"late","allowed_mentions":{"parse":[]}}}""");

        Assert.Equal((HttpStatusCode.NotFound, 10062), answer);
        Assert.NotNull(interaction.LateBy);
    }

    [Fact]
    public async Task Callback_Twice_Answers40060()
    {
        await using var gateway = await ConnectedAsync();
        var interaction = await _discord.DispatchRawAsync(JsonNode.Parse(Fixture.Text("interaction-music-draft-set-guild.json"))!.AsObject(), People.Ian);

        var first = await CallbackAsync(interaction, """{"type":5,"data":{"flags":64}}""");
        var second = await CallbackAsync(interaction, """{"type":5}""");

        Assert.Equal(HttpStatusCode.NoContent, first.Status);
        Assert.Equal((HttpStatusCode.BadRequest, 40060), second);
    }

    [Fact]
    public async Task ChannelMessage_WithoutAllowedMentions_AcceptedButRecordedAsAViolation()
    {
        var response = await _http.PostAsync($"channels/{_discord.Options.ChannelId}/messages", Json("""{"content":"hi @everyone"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("allowed_mentions", Assert.Single(_discord.Record.Violations), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"embeds":[{"description":"DDDD"},{"description":"DDDD"}],"allowed_mentions":{"parse":[]}}""", 50035)]
    [InlineData("""{"components":[{"type":1,"components":[{"type":2,"style":1,"label":"x"}]}],"allowed_mentions":{"parse":[]}}""", 50035)]
    [InlineData("""{"allowed_mentions":{"parse":[]}}""", 50006)]
    [InlineData("""{"content":"x","flags":64,"allowed_mentions":{"parse":[]}}""", 50035)]
    public async Task ChannelMessage_BreakingALimit_Refused(string body, int code)
    {
        var response = await _http.PostAsync($"channels/{_discord.Options.ChannelId}/messages", Json(body.Replace("DDDD", new string('d', 3500), StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData("""[{"name":"Music","description":"d"}]""")]
    [InlineData("""[{"name":"music","description":""}]""")]
    [InlineData("""[{"name":"music","description":"d","contexts":[0,1]}]""")]
    [InlineData("""[{"name":"music","description":"d","default_member_permissions":32}]""")]
    [InlineData("""[{"name":"music","description":"d","options":[{"type":3,"name":"a","description":"d"},{"type":3,"name":"b","description":"d","required":true}]}]""")]
    [InlineData("""[{"name":"music","description":"d","options":[{"type":3,"name":"a","description":"d","min_value":1}]}]""")]
    [InlineData("""[{"name":"music","description":"d","options":[{"type":10,"name":"a","description":"d","min_value":5,"max_value":1}]}]""")]
    public async Task GuildCommands_BreakingARule_Answers50035(string commands)
    {
        var response = await _http.PutAsync($"applications/{_discord.Options.ApplicationId}/guilds/{_discord.Options.GuildId}/commands", Json(commands));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_discord.State.Commands);
    }

    [Fact]
    public async Task Slash_NumberOutsideTheRegisteredBounds_RefusedLikeAClient()
    {
        var commands = """[{"name":"music","description":"d","options":[{"type":1,"name":"extend","description":"d","options":[{"type":4,"name":"song","description":"d","min_value":1},{"type":10,"name":"from","description":"d","min_value":1}]}]}]""";
        await _http.PutAsync($"applications/{_discord.Options.ApplicationId}/guilds/{_discord.Options.GuildId}/commands", Json(commands));

        var tooSmall = Assert.Throws<ArgumentException>(() => _discord.SlashAsync(People.Ian, "music extend", ("song", 0)).GetAwaiter().GetResult());
        var fraction = await _discord.SlashAsync(People.Ian, "music extend", ("song", 3), ("from", 12.5));

        Assert.Contains("option 'song' must be at least 1", tooSmall.Message, StringComparison.Ordinal);
        var options = fraction.Payload["data"]!["options"]![0]!["options"]!.AsArray();
        Assert.Equal((3L, 12.5), (options[0]!["value"]!.GetValue<long>(), options[1]!["value"]!.GetValue<double>()));
    }

    [Fact]
    public async Task Webhook_TokenOlderThan15Minutes_Answers10062()
    {
        await using var gateway = await ConnectedAsync();
        var interaction = await _discord.DispatchRawAsync(JsonNode.Parse(Fixture.Text("interaction-music-draft-set-guild.json"))!.AsObject(), People.Ian);
        await CallbackAsync(interaction, """{"type":5}""");
        var edit = $"webhooks/{_discord.Options.ApplicationId}/{interaction.Token}/messages/@original";
        var fresh = await _http.PatchAsync(edit, Json("""{"content":"ok","allowed_mentions":{"parse":[]}}"""));

        _discord.Clock.Advance(TimeSpan.FromMinutes(15.5));
        var expired = await _http.PatchAsync(edit, Json("""{"content":"late","allowed_mentions":{"parse":[]}}"""));

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(10062, (await expired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Requests_WithoutTheBotToken_Answers401()
    {
        using var anonymous = new HttpClient { BaseAddress = _http.BaseAddress };

        var response = await anonymous.GetAsync("gateway/bot");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("v=9&encoding=json", null, 4012)]
    [InlineData("v=10&encoding=json", "wrong-token", 4004)]
    [InlineData("v=10&encoding=json", "privileged", 4014)]
    public async Task Gateway_BadVersionTokenOrIntents_ClosedWithTheDocumentedCode(string query, string? token, int expected)
    {
        await using var gateway = await RawGateway.ConnectAsync(_discord.BaseUrl, query);
        if (token is not null)
        {
            await gateway.ReceiveAsync();
            var (sent, intents) = token == "privileged" ? (_discord.Options.Token, 1 << 15) : (token, 0);
            await gateway.SendAsync(RawGateway.Identify(sent, intents));
        }

        while (await gateway.ReceiveAsync() is not null)
        {
        }

        Assert.Equal(expected, (int)gateway.CloseStatus!.Value);
    }

    [Fact]
    public async Task Gateway_PayloadOver4096Bytes_ClosedWith4002()
    {
        await using var gateway = await ConnectedAsync();

        await gateway.SendAsync($$"""{"op":1,"d":null,"pad":"{{new string('x', 4200)}}"}""");
        while (await gateway.ReceiveAsync() is not null)
        {
        }

        Assert.Equal(4002, (int)gateway.CloseStatus!.Value);
    }

    [Fact]
    public async Task Gateway_ResumeUnknownSession_InvalidSessionNotResumable()
    {
        await using var gateway = await RawGateway.ConnectAsync(_discord.BaseUrl);
        await gateway.ReceiveAsync();

        await gateway.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = _discord.Options.Token, ["session_id"] = "nope", ["seq"] = 3 } }.ToJsonString());

        var answer = (await gateway.ReceiveAsync())!.Value;
        Assert.Equal((9, JsonValueKind.False), (answer.GetProperty("op").GetInt32(), answer.GetProperty("d").ValueKind));
    }

    private async Task<RawGateway> ConnectedAsync()
    {
        var gateway = await RawGateway.ConnectAsync(_discord.BaseUrl);
        await gateway.IdentifyAsync(_discord.Options.Token);
        return gateway;
    }

    private async Task<(HttpStatusCode Status, int? Code)> CallbackAsync(EmulatedInteraction interaction, string body)
    {
        var response = await _http.PostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", Json(body));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.GetProperty("code").GetInt32());
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
