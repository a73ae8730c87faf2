using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MusicBot.Emulators.Music.MusicApi;
using MusicBot.Emulators.Music.SunoApi;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Infrastructure.Providers.MusicApi;
using MusicBot.Tests.Providers;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Endpoints;

/// <summary><c>POST /callbacks/{provider}/{secret}</c> on the bot's real Kestrel: who gets in, and what they are answered.</summary>
public sealed class ProviderCallbackEndpointsTests : IAsyncLifetime, IDisposable
{
    private const string SunoCallback = """{"code":200,"msg":"All generated successfully.","data":{"callbackType":"complete","task_id":"not-ours","data":[]}}""";
    private readonly HttpClient _http = new();
    private SunoApiEmulator _suno = null!;
    private MusicApiEmulator _api = null!;
    private ProviderBotHost _bot = null!;
    private string _secret = "";

    public async Task InitializeAsync()
    {
        _suno = await TestEmulators.SunoApiAsync();
        _api = await TestEmulators.MusicApiAsync();
        var settings = ProviderSettings.For("sunoapi", "SunoApi", _suno, callbacks: true);
        foreach (var (key, value) in ProviderSettings.For("musicapi", "MusicApi", _api, callbacks: true, new() { ["MusicBot:Providers:MusicApi:WebhookSecret"] = "hook" }))
        {
            settings.TryAdd(key, value);
        }

        _bot = await ProviderBotHost.StartAsync(settings, callbacks: true);
        _secret = _bot.Services.GetRequiredService<CallbackSecret>().Value;
    }

    public void Dispose() => _http.Dispose();

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        await _suno.DisposeAsync();
    }

    [Theory]
    [InlineData("sunoapi", "wrong-secret")]
    [InlineData("topview", null)]
    [InlineData("local", null)]
    [InlineData("nosuch", null)]
    public async Task Post_WrongSecretOrProviderNotConfigured_Is404(string provider, string? secret)
    {
        using var response = await PostAsync($"callbacks/{provider}/{secret ?? _secret}", SunoCallback);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_ValidCallbackForATaskThatIsNotOurs_IsAnsweredReceived()
    {
        using var response = await PostAsync($"callbacks/sunoapi/{_secret}?ref=task-999", SunoCallback);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"received"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_NotACallback_Is400()
    {
        using var response = await PostAsync($"callbacks/sunoapi/{_secret}", "<html>hello</html>");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // A null track entry once threw NullReferenceException (HTTP 500, so sunoapi retried it): it is a malformed body.
    [Theory]
    [InlineData("""{"code":200,"data":{"callbackType":"complete","task_id":"x","data":[null]}}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"code":200,"data":{"callbackType":"text","task_id":"x","data":[{"id":"a"},null]}}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"code":200,"data":{"callbackType":"complete","task_id":"x","data":"oops"}}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"code":200,"data":{"callbackType":"complete","task_id":"x","data":{}}}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"code":200,"data":[null]}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"code":200,"data":{"callbackType":"complete","task_id":"x","data":null}}""", HttpStatusCode.OK)]
    [InlineData("""{"code":200,"data":null}""", HttpStatusCode.OK)]
    [InlineData("""{"code":200,"data":{"callbackType":"complete","task_id":"x","data":[{},{}]}}""", HttpStatusCode.OK)]
    public async Task Post_SunoCallbackWithNullOrMissingTrackEntries_IsRefusedOrIgnoredAndTheStoreIsUntouched(string body, HttpStatusCode expected)
    {
        var before = await StoreRowsAsync();

        using var response = await PostAsync($"callbacks/sunoapi/{_secret}?ref=task-999", body);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before, await StoreRowsAsync());
    }

    [Fact]
    public async Task Post_MusicApiWebhookWithANullClip_Is400AndTheStoreIsUntouched()
    {
        const string body = """{"code":200,"data":[null,{"clip_id":"c1","state":"succeeded","audio_url":"https://x/1.mp3"}]}""";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "sha256=" + MusicApiWebhookReader.Sign("hook", timestamp, Encoding.UTF8.GetBytes(body));
        var before = await StoreRowsAsync();

        using var response = await PostAsync($"callbacks/musicapi/{_secret}?ref=task-1", body, ("X-Webhook-Timestamp", timestamp), ("X-Webhook-Signature", signature));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await StoreRowsAsync());
    }

    [Fact]
    public async Task Post_MusicApiWebhookWithABadSignature_Is401AndAGoodOneIs200()
    {
        const string body = """{"code":200,"data":[{"clip_id":"c1","state":"succeeded","audio_url":"https://x/1.mp3"}]}""";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var good = "sha256=" + MusicApiWebhookReader.Sign("hook", timestamp, Encoding.UTF8.GetBytes(body));

        using var forged = await PostAsync($"callbacks/musicapi/{_secret}?ref=task-1", body, ("X-Webhook-Timestamp", timestamp), ("X-Webhook-Signature", "sha256=00"));
        using var signed = await PostAsync($"callbacks/musicapi/{_secret}?ref=task-1", body, ("X-Webhook-Timestamp", timestamp), ("X-Webhook-Signature", good));

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (forged.StatusCode, signed.StatusCode));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_BodyOverOneMebibyte_Is413WhetherItsLengthIsDeclaredOrChunked(bool declared)
    {
        var body = Encoding.UTF8.GetBytes(SunoCallback.Replace("\"data\":[]", $"\"data\":[],\"pad\":\"{new string('x', 1 << 20)}\"", StringComparison.Ordinal));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_bot.Address, $"callbacks/sunoapi/{_secret}?ref=task-999")) { Content = new ByteArrayContent(body) };
        request.Headers.TransferEncodingChunked = !declared;

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>Rows in the tables a callback can write to, to prove a refused one wrote nothing.</summary>
    private Task<long> StoreRowsAsync() => DatabaseFile.ScalarAsync<long>(
        _bot.DataDirectory, "SELECT (SELECT COUNT(*) FROM provider_callbacks) + (SELECT COUNT(*) FROM tasks) + (SELECT COUNT(*) FROM tracks) + (SELECT COUNT(*) FROM credit_ledger)");

    private async Task<HttpResponseMessage> PostAsync(string path, string json, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_bot.Address, path)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return await _http.SendAsync(request);
    }
}
