using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Callbacks;
using MusicBot.Core.Conversations;
using MusicBot.Core.Credits;
using MusicBot.Core.Delivery;
using MusicBot.Core.Drafts;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Core.Songs;
using MusicBot.Emulators.Music.SunoApi;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers.SunoApi;

/// <summary>
/// Operations through Core against the sunoapi emulator, on a real SQLite file: a song is made, then
/// <see cref="TrackOperationService"/> starts the operation, the task processor submits and follows it (by polling, or
/// only through the callbacks the emulator sent, handed to the callback handler as the endpoint does), and the
/// outbox and the credit ledger show what the user gets and pays.
/// </summary>
public sealed class SunoApiOperationPipelineTests : IAsyncDisposable
{
    private static readonly UserRef User = new(new ConversationScope(Platforms.Console, "local"), "alice");
    private static readonly DeliveryTarget Target = new(Platforms.Console, "terminal");
    private EmulatedProvider<SunoApiEmulator>? _suno;

    [Fact]
    public async Task Extend_PolledToTheEnd_DeliversTwoExtendedTracksAndCapturesItsPrice()
    {
        await StartAsync(pollInterval: "00:00:00.050");
        var song = await MakeSongAsync();

        var extend = await StartOperationAsync(new OperationCommand(User, Target, "req-2", OperationKind.Extend, TrackNumber: 2), pollOnly: true);

        var notices = await DrainNoticesAsync(extend.Id);
        Assert.Equal([NoticeKind.Track, NoticeKind.Track, NoticeKind.Completed], notices.Select(n => n.Kind).TakeLast(3));
        Assert.All(notices, n => Assert.Equal(OperationKind.Extend, n.Operation));
        Assert.All(notices.OfType<Notice.TrackReady>(), n => Assert.True(n.Track.HasAudio && n.Title == "Quiet Tune"));
        var sent = Fixtures.Object(Assert.Single(_suno!.Emulator.RequestsTo("/api/v1/generate/extend")).Body);
        Assert.Equal((false, song.Tracks[1].ProviderTrackId), ((bool)sent["defaultParamFlag"]!, (string?)sent["audioId"]));
        await AssertChargedOnceAsync(extend.Id, 1);
    }

    [Fact]
    public async Task Stems_ReportedOnlyByCallbacks_DeliversOneTrackPerStemAndCapturesItsPrice()
    {
        // Polls are ten minutes apart: only the callbacks can move the tasks within the test.
        await StartAsync(pollInterval: "00:10:00", new() { ["MusicBot:Quota:OperationPrices:stems"] = "3" });
        await MakeSongAsync();

        var stems = await StartOperationAsync(new OperationCommand(User, Target, "req-2", OperationKind.Stems), pollOnly: false);

        var notices = await DrainNoticesAsync(stems.Id);
        Assert.Equal([NoticeKind.Track, NoticeKind.Track, NoticeKind.Completed], notices.Select(n => n.Kind));
        Assert.Equal(["Quiet Tune (vocals)", "Quiet Tune (instrumental)"], notices.Where(n => n.Kind == NoticeKind.Track).Select(n => n.Title!));
        Assert.All(notices, n => Assert.Equal(OperationKind.Stems, n.Operation));
        Assert.Empty(_suno!.Emulator.RequestsTo("/api/v1/vocal-removal/record-info"));
        await AssertChargedOnceAsync(stems.Id, 3);
    }

    [Fact]
    public async Task Lyrics_PolledToTheEnd_DeliversEachVariantAndWritesTheFirstIntoTheDraft()
    {
        await StartAsync(pollInterval: "00:00:00.050");
        await SaveDraftAsync();

        var lyrics = await StartOperationAsync(new OperationCommand(User, Target, "req-1", OperationKind.Lyrics, Prompt: "a rainy night in the city"), pollOnly: true);

        var notices = await DrainNoticesAsync(lyrics.Id);
        Assert.Equal([NoticeKind.Lyrics, NoticeKind.Lyrics, NoticeKind.Completed], notices.Select(n => n.Kind));
        Assert.Equal([true, false], notices.OfType<Notice.LyricsVersion>().Select(n => n.SavedToDraft));
        await using var scope = _suno!.Services.Scope();
        var draft = await scope.ServiceProvider.GetRequiredService<IDraftRepository>().GetAsync(User, CancellationToken.None);
        Assert.Equal(Assert.IsType<Notice.LyricsVersion>(notices[0]).Track.Lyrics, draft.Lyrics);
        Assert.Contains("a rainy night in the city", draft.Lyrics, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        if (_suno is not null)
        {
            await _suno.DisposeAsync();
        }
    }

    private async Task StartAsync(string pollInterval, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(extra ?? []) { ["MusicBot:Providers:SunoApi:PollInterval"] = pollInterval };
        _suno = await Emulated.StartAsync(new SunoApiEmulator(), "SunoApi", settings);
        await _suno.Services.Get<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    private async Task SaveDraftAsync()
    {
        await using var scope = _suno!.Services.Scope();
        await scope.ServiceProvider.GetRequiredService<IDraftRepository>().SaveAsync(User, new Draft
        {
            Provider = ProviderNames.SunoApi,
            Model = "V5",
            Style = "dream pop",
            Title = "Quiet Tune",
            Lyrics = "[Verse]\nStreetlights hum a quiet tune",
        }, CancellationToken.None);
    }

    /// <summary>A song from the draft, finished the way the operation after it will be (polls or callbacks).</summary>
    private async Task<ProviderProgress> MakeSongAsync()
    {
        await SaveDraftAsync();
        GenerateOutcome outcome;
        await using (var scope = _suno!.Services.Scope())
        {
            outcome = await scope.ServiceProvider.GetRequiredService<GenerationService>().GenerateAsync(new GenerateCommand(User, Target, "req-1"), CancellationToken.None);
        }

        var song = await FinishAsync(Assert.IsType<GenerateOutcome.Queued>(outcome).Task.Id, pollOnly: _suno.Provider(ProviderNames.SunoApi).PollInterval < TimeSpan.FromMinutes(1));
        await using var read = _suno.Services.Scope();
        var tracks = await read.ServiceProvider.GetRequiredService<IGenerationTaskRepository>().GetTracksAsync(song.Id, CancellationToken.None);
        return new ProviderProgress(ProviderStage.Complete, tracks);
    }

    private async Task<GenerationTask> StartOperationAsync(OperationCommand command, bool pollOnly)
    {
        GenerateOutcome outcome;
        await using (var scope = _suno!.Services.Scope())
        {
            outcome = await scope.ServiceProvider.GetRequiredService<TrackOperationService>().StartAsync(command, CancellationToken.None);
        }

        return await FinishAsync(Assert.IsType<GenerateOutcome.Queued>(outcome).Task.Id, pollOnly);
    }

    /// <summary>
    /// Runs the worker's passes until the task has ended. Without polls, each callback the emulator sent about the
    /// task (to an address that does not resolve) goes to the callback handler, read by the real reader.
    /// </summary>
    private async Task<GenerationTask> FinishAsync(long taskId, bool pollOnly)
    {
        var handed = 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            await using var scope = _suno!.Services.Scope();
            var services = scope.ServiceProvider;
            await services.GetRequiredService<TaskProcessor>().RunOnceAsync(CancellationToken.None);
            var task = (await services.GetRequiredService<IGenerationTaskRepository>().GetAsync(taskId, CancellationToken.None))!;
            if (!pollOnly && task.ProviderTaskId is { } providerTaskId)
            {
                var sent = _suno.Emulator.Callbacks.Deliveries.Where(d => d.Body.Contains(providerTaskId, StringComparison.Ordinal)).Skip(handed).ToList();
                foreach (var delivery in sent)
                {
                    var callback = await services.GetRequiredService<IEnumerable<IProviderCallbackReader>>().Single(r => r.Provider == ProviderNames.SunoApi)
                        .ReadAsync(new Dictionary<string, string>(), Encoding.UTF8.GetBytes(delivery.Body), null, CancellationToken.None);
                    await services.GetRequiredService<ProviderCallbackHandler>().HandleAsync(callback!, CancellationToken.None);
                }

                handed += sent.Count;
                task = (await services.GetRequiredService<IGenerationTaskRepository>().GetAsync(taskId, CancellationToken.None))!;
            }

            if (task.State is TaskState.Succeeded or TaskState.Failed or TaskState.TimedOut || DateTime.UtcNow > deadline)
            {
                Assert.True(task.State == TaskState.Succeeded, $"task {taskId} ended {task.State}: {task.Failure?.Text}");
                return task;
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Every notice written for the task, in order, marked delivered as a delivery channel would.</summary>
    private async Task<IReadOnlyList<Notice>> DrainNoticesAsync(long taskId)
    {
        var notices = new List<Notice>();
        while (true)
        {
            await using var scope = _suno!.Services.Scope();
            var outbox = scope.ServiceProvider.GetRequiredService<IDeliveryOutbox>();
            var due = await outbox.ListDueAsync([Platforms.Console], DateTimeOffset.UtcNow.AddMinutes(1), 50, CancellationToken.None);
            if (due.Count == 0)
            {
                return notices;
            }

            foreach (var delivery in due)
            {
                if (delivery.TaskId == taskId)
                {
                    notices.Add(delivery.Notice);
                }

                await outbox.MarkDeliveredAsync(delivery.Id, DateTimeOffset.UtcNow, CancellationToken.None);
            }
        }
    }

    private async Task AssertChargedOnceAsync(long taskId, int price)
    {
        await using var scope = _suno!.Services.Scope();
        var entries = (await scope.ServiceProvider.GetRequiredService<ICreditLedger>().GetEntriesAsync(User, 50, CancellationToken.None))
            .Where(e => e.TaskId == taskId)
            .ToList();
        Assert.Equal([(LedgerEntryKind.Capture, 0), (LedgerEntryKind.Reserve, -price)], entries.Select(e => (e.Kind, e.Amount)).OrderBy(e => e.Kind.ToString(), StringComparer.Ordinal));
    }
}
