using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.State;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Http;

/// <summary>
/// HTTP interactions end to end (reference A8): the emulator signs every request with its own key pair and posts it
/// to the bot's <c>/discord/interactions</c>; saving the URL checks the PING and the bad-signature case as Discord
/// does. The bot runs without the gateway, so everything else it does goes over REST.
/// </summary>
public sealed class HttpInteractionsTests : IAsyncLifetime
{
    private DiscordEmulator _discord = null!;
    private DiscordBotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _discord = await DiscordEmulator.StartAsync();
        _bot = await DiscordBotHost.StartAsync(_discord, HttpOnly(_discord.Signer.PublicKeyHex), saveInteractionsEndpoint: true);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task Start_GatewayOff_RegistersCommandsOverRestAndTheEndpointIsSaved()
    {
        Assert.Empty(_discord.Record.GatewayOf("connect"));
        Assert.NotEmpty(_discord.State.Commands[_discord.Options.GuildId]);
        Assert.Equal(_bot.InteractionsUrl, _discord.InteractionsEndpointUrl);
        var health = await _bot.Services.GetServices<MusicBot.Core.Observability.IHealthCheck>().Single(h => h.Name == "discord").CheckAsync(CancellationToken.None);
        Assert.True(health.IsHealthy, health.Detail);
    }

    [Fact]
    public async Task Ping_Signed_AnsweredWithAJsonPong()
    {
        var (status, type, body) = await _discord.PostSignedAsync(_bot.InteractionsUrl, Ping());

        Assert.Equal((200, "application/json"), (status, type));
        Assert.Equal(1, JsonNode.Parse(body)!["type"]!.GetValue<int>());
    }

    [Fact]
    public async Task Post_WrongSignature_Refused401()
    {
        var (status, _, _) = await _discord.PostSignedAsync(_bot.InteractionsUrl, Ping(), forge: true);

        Assert.Equal(401, status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_BodyOverOneMebibyte_Refused413BeforeItsSignatureIsChecked(bool declared)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, _bot.InteractionsUrl) { Content = new ByteArrayContent(new byte[(1 << 20) + 1]) };
        request.Headers.TransferEncodingChunked = !declared;

        using var response = await http.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_StaleTimestamp_Refused401EvenWithAValidSignature()
    {
        var stale = (DateTimeOffset.UtcNow - TimeSpan.FromMinutes(10)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var (status, _, body) = await _discord.PostSignedAsync(_bot.InteractionsUrl, Ping(), timestamp: stale);

        Assert.Equal(401, status);
        Assert.Contains("stale", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_OverHttp_AnsweredInTimeAndBothTracksDelivered()
    {
        var generate = await _discord.SlashAsync(People.Ian, "music generate", ("style", "lo-fi piano, rain"), ("title", "Drizzle"));
        var progress = await _discord.WaitForReplyAsync(generate);

        await _discord.WaitUntilAsync(() => _discord.FollowUps(generate).Count == 2 && progress!.Content!.Contains("is done", StringComparison.Ordinal), "both tracks and the done message");
        Assert.Contains(generate.Id, _discord.Record.HttpInteractions);
        Assert.Contains(generate.ResponseType, new int?[] { 4, 5 });
        Assert.Null(generate.LateBy);
        Assert.All(_discord.FollowUps(generate), m => Assert.Single(m.Attachments));
        Assert.DoesNotContain(_discord.Record.Requests, r => r.Route.Contains("/callback", StringComparison.Ordinal));
        Assert.Empty(_discord.Record.GatewayOf("connect"));
        Assert.Empty(_discord.Record.Violations);
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(_bot.DataDirectory));
    }

    [Fact]
    public async Task DraftSet_Deferred_EditedOverTheWebhookAfterTheHttpAnswer()
    {
        EmulatedInteraction set;
        // A busy database holds the handler past the ack budget, so the answer to the POST is the deferral.
        await using (await WriteLock.TakeAsync(_bot.DataDirectory))
        {
            set = await _discord.SlashAsync(People.Mason, "music draft set", ("style", "ambient"));
            await set.Acknowledged;
        }

        var reply = await _discord.WaitForReplyAsync(set);

        Assert.Equal(5, set.ResponseType);
        Assert.True(reply!.IsEphemeral);
        Assert.Contains("Draft updated.", reply.Current["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(_discord.Record.Requests, r => r.Method == "PATCH" && r.Route.Contains("@original", StringComparison.Ordinal) && r.Status == 200);
        Assert.Empty(_discord.Record.Violations);
    }

    [Fact]
    public async Task SaveEndpoint_ByAnApplicationWhoseKeyTheBotDoesNotHave_RefusedBecauseItsSignaturesFail()
    {
        await using var other = await DiscordEmulator.StartAsync();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => other.SetInteractionsEndpointAsync(_bot.InteractionsUrl));

        Assert.Contains("could not be verified (a signed PING got HTTP 401", refused.Message, StringComparison.Ordinal);
        Assert.Null(other.InteractionsEndpointUrl);
    }

    [Fact]
    public async Task Start_PublicKeyOfAnotherApplication_StopsWithExitCode1AndSaysWhichKey()
    {
        var other = new MusicBot.Emulators.Discord.Http.InteractionSigner().PublicKeyHex;

        await using var wrong = await DiscordBotHost.StartAsync(_discord, HttpOnly(other), waitForCommands: false);

        try
        {
            await _discord.WaitUntilAsync(() => wrong.Lifetime.ApplicationStopping.IsCancellationRequested, "the bot to stop");
            Assert.Contains(wrong.Logs.Lines, l => l.Text.Contains("MusicBot:Discord:PublicKey is not the public key of application", StringComparison.Ordinal));
            Assert.Equal(1, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    private static Dictionary<string, string?> HttpOnly(string publicKey) => new()
    {
        ["MusicBot:Discord:PublicKey"] = publicKey,
        ["MusicBot:Discord:GatewayEnabled"] = "false",
    };

    private static JsonObject Ping() => new() { ["id"] = "1300000000000000002", ["application_id"] = "1100000000000000001", ["type"] = 1, ["token"] = "ping", ["version"] = 1 };
}
