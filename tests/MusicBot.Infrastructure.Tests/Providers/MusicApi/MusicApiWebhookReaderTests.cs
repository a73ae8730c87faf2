using System.Globalization;
using Microsoft.Extensions.Options;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.MusicApi;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Providers.MusicApi;

public sealed class MusicApiWebhookReaderTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly byte[] _body = Fixtures.Own("musicapi", "webhook--song-completed.json");

    [Fact]
    public void IsAuthentic_SignedWithTheSecretOverTimestampDotBody_IsAccepted() =>
        Assert.True(Reader("s3cret").IsAuthentic(Headers(Sign("s3cret", Now())), _body));

    [Theory]
    [InlineData("other-secret", 0)]
    [InlineData("s3cret", -600)]
    [InlineData("s3cret", 600)]
    public void IsAuthentic_WrongSecretOrStaleTimestamp_IsRefused(string signedWith, int skewSeconds)
    {
        var timestamp = (_time.GetUtcNow().ToUnixTimeSeconds() + skewSeconds).ToString(CultureInfo.InvariantCulture);

        Assert.False(Reader("s3cret").IsAuthentic(Headers(Sign(signedWith, timestamp), timestamp), _body));
    }

    [Fact]
    public void IsAuthentic_BodyAlteredAfterSigning_IsRefused()
    {
        var headers = Headers(Sign("s3cret", Now()));
        var altered = _body.ToArray();
        altered[^3] ^= 1;

        Assert.False(Reader("s3cret").IsAuthentic(headers, altered));
    }

    [Fact]
    public void IsAuthentic_NoSignatureHeaders_IsRefusedWhenASecretIsConfigured() =>
        Assert.False(Reader("s3cret").IsAuthentic(new Dictionary<string, string>(), _body));

    [Fact]
    public void IsAuthentic_NoSecretConfigured_CannotCheckAndAccepts() =>
        Assert.True(Reader(null).IsAuthentic(new Dictionary<string, string>(), _body));

    [Fact]
    public async Task ReadAsync_Completed_UsesTheEventAsStageAndTheReferenceToFindTheTask()
    {
        var callback = await Reader("s3cret").ReadAsync(Headers(Sign("s3cret", Now())), _body, "task-5", CancellationToken.None);

        Assert.Equal(("song.completed", "task-5", (string?)null, ProviderStage.Complete), (callback!.Stage, callback.CorrelationId, callback.ProviderTaskId, callback.Progress.Stage));
    }

    private string Now() => _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private string Sign(string secret, string timestamp) => "sha256=" + MusicApiWebhookReader.Sign(secret, timestamp, _body);

    private Dictionary<string, string> Headers(string signature, string? timestamp = null) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["X-Webhook-Signature"] = signature,
        ["X-Webhook-Timestamp"] = timestamp ?? Now(),
        ["X-Webhook-Event"] = "song.completed",
        ["X-Webhook-Id"] = "evt_1",
    };

    private MusicApiWebhookReader Reader(string? secret) =>
        new(Options.Create(new MusicApiOptions { ApiKey = "k", WebhookSecret = secret }), _time);
}
