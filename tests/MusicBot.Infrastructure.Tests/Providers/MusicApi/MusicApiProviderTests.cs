using Microsoft.Extensions.Logging;
using MusicBot.Core.Providers;
using MusicBot.Emulators.Music.Common;
using MusicBot.Emulators.Music.MusicApi;
using MusicBot.Infrastructure.Providers.MusicApi;
using MusicBot.Infrastructure.Providers.Remote;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.MusicApi;

/// <summary>The MusicAPI provider against its emulator.</summary>
public sealed class MusicApiProviderTests : IAsyncLifetime
{
    private EmulatedProvider<MusicApiEmulator> _api = null!;

    private IMusicProvider Provider => _api.Provider(ProviderNames.MusicApi);

    private MusicApiEmulator Emulator => _api.Emulator;

    public async Task InitializeAsync() => _api = await Emulated.StartAsync(new MusicApiEmulator(), "MusicApi");

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task SubmitAsync_Lyrics_SendsCustomModeInSnakeCase()
    {
        Assert.True((await Provider.SubmitAsync(Requests.Song(ProviderNames.MusicApi, "sonic-v4-5"), "task-3", CancellationToken.None)).IsAccepted);

        var sent = Assert.Single(Emulator.RequestsTo("/api/v1/sonic/create"));
        var body = Fixtures.Object(sent.Body);
        Assert.Equal(
            ["audio_weight", "custom_mode", "make_instrumental", "mv", "negative_tags", "prompt", "style_weight", "tags", "task_type", "title", "vocal_gender", "weirdness_constraint"],
            body.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(("create_music", true, "sonic-v4-5", "Quiet Tune", "dream pop, shimmering guitars"), ((string?)body["task_type"], (bool)body["custom_mode"]!, (string?)body["mv"], (string?)body["title"], (string?)body["tags"]));
        Assert.Equal("Bearer emulator-key", sent.Headers["Authorization"]);
    }

    [Fact]
    public async Task SubmitAsync_DescriptionOnly_SendsGptDescriptionPrompt()
    {
        await Provider.SubmitAsync(Requests.Description(ProviderNames.MusicApi, "sonic-v5"), "task-3", CancellationToken.None);

        var body = Fixtures.Object(Assert.Single(Emulator.RequestsTo("/api/v1/sonic/create")).Body);
        Assert.Equal(["custom_mode", "gpt_description_prompt", "make_instrumental", "mv", "task_type"], body.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.False((bool)body["custom_mode"]!);
    }

    [Fact]
    public async Task SubmitAsync_WithPublicBaseUrlAndSecret_SendsWebhookUrlAndSecret()
    {
        await using var services = new ProviderServices(ProviderServices.For("MusicApi", Emulator.BaseUrl, Emulator.ApiKey, new()
        {
            ["MusicBot:PublicBaseUrl"] = "https://bot.example.test",
            ["MusicBot:Providers:MusicApi:WebhookSecret"] = "hook-secret",
        }));

        await services.GetAll<IMusicProvider>().Single(p => p.Name == ProviderNames.MusicApi).SubmitAsync(Requests.Song(ProviderNames.MusicApi, "sonic-v5"), "task-9", CancellationToken.None);

        var body = Fixtures.Object(Assert.Single(Emulator.RequestsTo("/api/v1/sonic/create")).Body);
        Assert.EndsWith("?ref=task-9", (string?)body["webhook_url"], StringComparison.Ordinal);
        Assert.StartsWith("https://bot.example.test/callbacks/musicapi/", (string?)body["webhook_url"], StringComparison.Ordinal);
        Assert.Equal("hook-secret", (string?)body["webhook_secret"]);
    }

    [Fact]
    public async Task GetProgressAsync_FullLife_StreamsThenCompletesWithTwoClips()
    {
        Emulator.StageDelay = TimeSpan.FromMilliseconds(400); // long enough for a poll to see the streaming stage on a busy machine
        var taskId = (await Provider.SubmitAsync(Requests.Song(ProviderNames.MusicApi, "sonic-v5"), "task-1", CancellationToken.None)).ProviderTaskId!;

        var (last, seen) = await _api.PollUntilAsync(Provider, taskId, ProviderStage.Complete);

        Assert.Equal([ProviderStage.Pending, ProviderStage.FirstTrackReady, ProviderStage.Complete], seen);
        Assert.Equal(2, last.Tracks.Count);
        Assert.All(last.Tracks, t => Assert.True(t.HasAudio && t.Title == "Quiet Tune" && t.ImageUrl is not null && t.DurationSeconds > 0));
    }

    [Fact]
    public async Task GetProgressAsync_TaskFails_ReportsTheReason()
    {
        Emulator.Script(new MusicApiTaskScript { FailMessage = "Upstream said no" });
        var taskId = (await Provider.SubmitAsync(Requests.Song(ProviderNames.MusicApi, "sonic-v5"), "task-1", CancellationToken.None)).ProviderTaskId!;

        var (last, _) = await _api.PollUntilAsync(Provider, taskId, ProviderStage.Failed);

        Assert.Contains("Upstream said no", last.Failure!.UserMessage, StringComparison.Ordinal);
        Assert.Equal(1000, Emulator.Credits);
    }

    [Fact]
    public async Task SubmitAsync_InvalidModel_PassesTheDocumentedMessageOn()
    {
        var outcome = await Provider.SubmitAsync(Requests.Song(ProviderNames.MusicApi, "sonic-v9"), "task-1", CancellationToken.None);

        Assert.Contains("The 'mv' field is invalid", outcome.Failure!.UserMessage, StringComparison.Ordinal);
        Assert.False(outcome.Failure!.IsTransient);
    }

    [Fact]
    public async Task SubmitAsync_BotAccountOutOfCredits_Is403RefundedAndWarned()
    {
        Emulator.Credits = 3;

        var outcome = await Provider.SubmitAsync(Requests.Song(ProviderNames.MusicApi, "sonic-v5"), "task-1", CancellationToken.None);

        Assert.True(Infrastructure.Providers.Remote.ProviderFailures.IsOutOfCredits(outcome.Failure!));
        Assert.Contains(_api.Services.Logs.Lines, l => l.Level == LogLevel.Warning && l.Event.Id == 6101);
    }

    [Theory]
    [InlineData("401", "Invalid authorization format.", false, false, "refused the bot's API key")]
    [InlineData("403", "The lyrics contain inappropriate content: 'x'.", false, false, "refused the content")]
    [InlineData("403", "The song description needs moderation review.", false, false, "refused the content")]
    [InlineData("400", "The title character length should be less than 80.", false, false, "less than 80")]
    [InlineData("504", "Task failed due to timeout. Credits were previously refunded.", true, false, "could not make this song")]
    [InlineData("500", "Internal Server Error.", true, true, "did not answer")]
    public async Task SubmitAsync_DocumentedHttpErrors_MapToMessages(string status, string message, bool transient, bool unknown, string text)
    {
        Emulator.Faults.Add("create", new Fault.Business(status, message));

        var outcome = await Provider.SubmitAsync(Requests.Song(ProviderNames.MusicApi, "sonic-v5"), "task-1", CancellationToken.None);

        Assert.Equal((transient, unknown), (outcome.Failure!.IsTransient, outcome.IsOutcomeUnknown));
        Assert.Contains(text, outcome.Failure.UserMessage, StringComparison.Ordinal);
        Assert.Equal(unknown, outcome.Failure.Code.StartsWith(SubmitOutcome.UnknownOutcomeCode, StringComparison.Ordinal));
        Assert.Single(Emulator.RequestsTo("/api/v1/sonic/create"));
    }

    [Fact]
    public async Task GetProgressAsync_AnswerWithANullClip_KeepsPollingThenCompletes()
    {
        var taskId = (await Provider.SubmitAsync(Requests.Song(ProviderNames.MusicApi, "sonic-v5"), "task-1", CancellationToken.None)).ProviderTaskId!;
        await _api.PollUntilAsync(Provider, taskId, ProviderStage.Complete);
        Emulator.Faults.Add("task", new Fault.NullEntry());

        var faulted = await Provider.GetProgressAsync(taskId, SongRequest.Plain, CancellationToken.None);
        var next = await Provider.GetProgressAsync(taskId, SongRequest.Plain, CancellationToken.None);

        Assert.Equal(0, Emulator.Faults.Pending("task"));
        Assert.NotEqual(ProviderStage.Complete, faulted.Stage);
        Assert.NotEqual(ProviderStage.Failed, faulted.Stage);
        Assert.Equal((ProviderStage.Complete, 2), (next.Stage, next.Tracks.Count));
    }

    [Fact]
    public async Task GetProgressAsync_ServerErrorThenOk_IsRetriedAndUnknownTaskFails()
    {
        var taskId = (await Provider.SubmitAsync(Requests.Song(ProviderNames.MusicApi, "sonic-v5"), "task-1", CancellationToken.None)).ProviderTaskId!;
        Emulator.Faults.Add("task", new Fault.Http(502));

        Assert.NotEqual(ProviderStage.Failed, (await Provider.GetProgressAsync(taskId, SongRequest.Plain, CancellationToken.None)).Stage);
        Assert.Equal("unknown-task", (await Provider.GetProgressAsync("no-such-task", SongRequest.Plain, CancellationToken.None)).Failure!.Code);
    }

    [Theory]
    [InlineData(MusicApiMapping.ExtendMusic)]
    [InlineData(MusicApiMapping.CoverMusic)]
    public async Task CreateAsync_ExtendOrCoverAFinishedClip_Completes(string taskType)
    {
        var provider = Provider;
        var first = (await provider.SubmitAsync(Requests.Song(ProviderNames.MusicApi, "sonic-v5"), "task-1", CancellationToken.None)).ProviderTaskId!;
        var clip = (await _api.PollUntilAsync(provider, first, ProviderStage.Complete)).Last.Tracks[0].ProviderTrackId!;

        var reply = await _api.Services.Get<IMusicApi>().CreateAsync(
            new MusicApiCreateBody { TaskType = taskType, CustomMode = false, ContinueClipId = clip, ContinueAt = taskType == MusicApiMapping.ExtendMusic ? 2 : null, Mv = "sonic-v5", Tags = "acoustic" },
            CancellationToken.None).ReadAsync();

        Assert.Equal(ProviderStage.Complete, (await _api.PollUntilAsync(provider, reply.Body!.TaskId!, ProviderStage.Complete)).Last.Stage);
        Assert.Equal(1000 - 30, (await _api.Services.Get<IMusicApi>().GetCreditsAsync(CancellationToken.None).ReadAsync()).Body!.Credits);
    }
}
