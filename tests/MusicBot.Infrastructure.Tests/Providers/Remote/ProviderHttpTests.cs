using MusicBot.Core.Providers;
using MusicBot.Emulators.Music.Common;
using MusicBot.Emulators.Music.MusicApi;
using MusicBot.Emulators.Music.SunoApi;
using MusicBot.Emulators.Music.Topview;
using MusicBot.Infrastructure.Providers.Remote;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.Remote;

/// <summary>
/// Answers that are not the JSON an API documents (a proxy's page, a cut or garbled body), through each provider's
/// real client: a submit becomes an unknown outcome (never re-sent; its code says why, for the logs, since the user is
/// told only when reconciling gives the task up), a poll a clear provider error; no parser exception gets out, and no
/// call is made twice for it.
/// </summary>
public sealed class ProviderHttpTests
{
    public static TheoryData<string> Garbled => ["<html><body>502 Bad Gateway</body></html>", """{"code":200,"msg":"success","data":{"taskId":"ab""", "[1,2", "\"just text\""];

    [Theory]
    [MemberData(nameof(Garbled))]
    public async Task SunoApi_GarbledOkBody_SubmitIsUnknownAndPollIsAClearError(string body)
    {
        await using var suno = await Emulated.StartAsync(new SunoApiEmulator(), "SunoApi");
        suno.Emulator.Faults.Add("generate", new Fault.Http(200, body));
        suno.Emulator.Faults.Add("record-info", new Fault.Http(200, body));
        var provider = suno.Provider(ProviderNames.SunoApi);

        var outcome = await provider.SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None);
        var poll = await Assert.ThrowsAsync<ProviderReplyException>(() => provider.GetProgressAsync("abc", SongRequest.Plain, CancellationToken.None));

        Assert.Equal((true, "outcome-unknown:http-200"), (outcome.IsOutcomeUnknown, outcome.Failure!.Code));
        Assert.Equal("sunoapi record-info answered HTTP 200 without its envelope.", poll.Message);
        Assert.Single(suno.Emulator.RequestsTo("/api/v1/generate"));
        Assert.Single(suno.Emulator.RequestsTo("/api/v1/generate/record-info"));
    }

    [Theory]
    [MemberData(nameof(Garbled))]
    public async Task Topview_GarbledOkBody_SubmitIsUnknownAndPollIsAClearError(string body)
    {
        var emulator = new TopviewEmulator();
        await using var topview = await Emulated.StartAsync(emulator, "Topview", new() { ["MusicBot:Providers:Topview:Uid"] = emulator.Uid });
        emulator.Faults.Add("submit", new Fault.Http(200, body));
        emulator.Faults.Add("query", new Fault.Http(200, body));
        var provider = topview.Provider(ProviderNames.Topview);

        var outcome = await provider.SubmitAsync(Requests.Song(ProviderNames.Topview, "Topview Music"), "task-1", CancellationToken.None);
        var poll = await Assert.ThrowsAsync<ProviderReplyException>(() => provider.GetProgressAsync("abc", SongRequest.Plain, CancellationToken.None));

        Assert.Equal((true, "outcome-unknown:http-200"), (outcome.IsOutcomeUnknown, outcome.Failure!.Code));
        Assert.Equal("topview query answered HTTP 200 without its envelope.", poll.Message);
        Assert.Single(emulator.RequestsTo("/v1/common_task/ai_music/task/submit"));
    }

    [Theory]
    [MemberData(nameof(Garbled))]
    public async Task MusicApi_GarbledOkBody_SubmitIsUnknownAndPollIsAClearError(string body)
    {
        await using var api = await Emulated.StartAsync(new MusicApiEmulator(), "MusicApi");
        api.Emulator.Faults.Add("create", new Fault.Http(200, body));
        api.Emulator.Faults.Add("task", new Fault.Http(200, body));
        var provider = api.Provider(ProviderNames.MusicApi);

        var outcome = await provider.SubmitAsync(Requests.Song(ProviderNames.MusicApi, "sonic-v5"), "task-1", CancellationToken.None);
        var poll = await Assert.ThrowsAsync<ProviderReplyException>(() => provider.GetProgressAsync("abc", SongRequest.Plain, CancellationToken.None));

        Assert.Equal((true, "outcome-unknown:no-task-id"), (outcome.IsOutcomeUnknown, outcome.Failure!.Code));
        Assert.Equal("musicapi task query answered HTTP 200.", poll.Message);
        Assert.Single(api.Emulator.RequestsTo("/api/v1/sonic/create"));
    }

    [Fact]
    public async Task MusicApi_ErrorStatusWithAPageInsteadOfAMessage_IsRefusedWithoutADetail()
    {
        await using var api = await Emulated.StartAsync(new MusicApiEmulator(), "MusicApi");
        api.Emulator.Faults.Add("create", new Fault.Http(400, "<html>Bad Request</html>"));

        var outcome = await api.Provider(ProviderNames.MusicApi).SubmitAsync(Requests.Song(ProviderNames.MusicApi, "sonic-v5"), "task-1", CancellationToken.None);

        Assert.Equal(("400", "musicapi rejected the request.", false), (outcome.Failure!.Code, outcome.Failure.UserMessage, outcome.IsOutcomeUnknown));
    }

    [Fact]
    public async Task SunoApi_ErrorStatusCarryingTheEnvelope_IsReadByItsCode()
    {
        await using var suno = await Emulated.StartAsync(new SunoApiEmulator(), "SunoApi");
        await using var wrongKey = new ProviderServices(ProviderServices.For("SunoApi", suno.Emulator.BaseUrl, "not-the-key"));

        // The emulator answers a bad key as sunoapi does: HTTP 401 with {code: 401, msg}.
        var outcome = await wrongKey.GetAll<IMusicProvider>().Single(p => p.Name == ProviderNames.SunoApi)
            .SubmitAsync(Requests.Song(ProviderNames.SunoApi, "V5"), "task-1", CancellationToken.None);

        Assert.Equal(("401", false), (outcome.Failure!.Code, outcome.IsOutcomeUnknown));
        Assert.Contains("refused the bot's API key", outcome.Failure.UserMessage, StringComparison.Ordinal);
    }
}
