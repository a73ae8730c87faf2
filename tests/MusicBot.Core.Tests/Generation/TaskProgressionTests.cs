using MusicBot.Core.Conversations;
using MusicBot.Core.Delivery;
using MusicBot.Core.Failures;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;

namespace MusicBot.Core.Tests.Generation;

public sealed class TaskProgressionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Advance_TextStageWhileSubmitted_MovesToTextReadyWithLyricsNotice()
    {
        var update = TaskProgression.Advance(Task(TaskState.Submitted), Progress(ProviderStage.TextReady), Now, Now.AddSeconds(5))!;

        Assert.Equal((TaskState.Submitted, TaskState.TextReady), (update.ExpectedState, update.NewState));
        Assert.Equal(NoticeKind.LyricsReady, Assert.Single(update.Notices).Kind);
        Assert.Equal(CreditSettlement.None, update.Settlement);
    }

    [Fact]
    public void Advance_FirstStage_CarriesTheStreamUrl()
    {
        var progress = new ProviderProgress(ProviderStage.FirstTrackReady, [new ProviderTrack { Index = 1, StreamUrl = "https://s/1" }, new ProviderTrack { Index = 2, AudioUrl = "" }]);

        var update = TaskProgression.Advance(Task(TaskState.TextReady), progress, Now, Now)!;

        Assert.Equal(TaskState.FirstTrackReady, update.NewState);
        Assert.Equal("https://s/1", Assert.IsType<Notice.FirstTrackReady>(Assert.Single(update.Notices)).StreamUrl);
    }

    [Theory]
    [InlineData(TaskState.TextReady, ProviderStage.TextReady)]
    [InlineData(TaskState.FirstTrackReady, ProviderStage.TextReady)]
    [InlineData(TaskState.Submitted, ProviderStage.Pending)]
    [InlineData(TaskState.Succeeded, ProviderStage.Complete)]
    [InlineData(TaskState.Failed, ProviderStage.Failed)]
    public void Advance_DuplicateOrOutOfOrderReport_ChangesNothing(TaskState state, ProviderStage stage)
    {
        Assert.Null(TaskProgression.Advance(Task(state), Progress(stage), Now, Now));
    }

    [Fact]
    public void Advance_CompleteStraightFromSubmitted_SucceedsWithOneNoticePerPlayableTrack()
    {
        var progress = new ProviderProgress(ProviderStage.Complete,
        [
            new ProviderTrack { Index = 2, AudioUrl = "https://a/2" },
            new ProviderTrack { Index = 1, AudioUrl = "https://a/1", Title = "First" },
            new ProviderTrack { Index = 3, AudioUrl = "" },
        ]);

        var update = TaskProgression.Advance(Task(TaskState.Submitted), progress, Now, Now)!;

        Assert.Equal(TaskState.Succeeded, update.NewState);
        Assert.Equal(CreditSettlement.Capture, update.Settlement);
        Assert.Equal([(NoticeKind.Track, 1), (NoticeKind.Track, 2), (NoticeKind.Completed, 0)], update.Notices.Select(n => (n.Kind, n.Ordinal)));
        Assert.Equal(2, Assert.IsType<Notice.Completed>(update.Notices[^1]).TrackCount);
        Assert.Equal([1, 2], update.Notices.OfType<Notice.TrackReady>().Select(n => n.Take));
    }

    [Fact]
    public void Advance_CompleteWithoutAudio_FailsAndRefunds()
    {
        var progress = new ProviderProgress(ProviderStage.Complete, [new ProviderTrack { Index = 1, AudioUrl = "" }]);

        var update = TaskProgression.Advance(Task(TaskState.FirstTrackReady), progress, Now, Now)!;

        Assert.Equal((TaskState.Failed, CreditSettlement.Refund), (update.NewState, update.Settlement));
        var failed = Assert.IsType<Notice.Failed>(Assert.Single(update.Notices));
        Assert.Equal((3, new TaskFailure.NoAudio()), (failed.Credits, failed.Failure));
    }

    [Fact]
    public void Advance_ProviderFailure_PassesItsReasonOn()
    {
        var reason = new TaskFailure.ContentRefused("sunoapi", "bad words");
        var progress = ProviderProgress.Failed(new ProviderFailure("SENSITIVE_WORD_ERROR", reason));

        var update = TaskProgression.Advance(Task(TaskState.TextReady), progress, Now, Now)!;

        Assert.Equal(reason, update.Failure);
        Assert.Equal(reason, Assert.IsType<Notice.Failed>(Assert.Single(update.Notices)).Failure);
        Assert.Equal(CreditSettlement.Refund, update.Settlement);
    }

    [Fact]
    public void Sending_FromQueued_MarksTheSubmitBeforeItLeavesAndCountsTheAttempt()
    {
        var update = TaskProgression.Sending(Task(TaskState.Queued), Now, Now.AddMinutes(10));

        Assert.Equal((TaskState.Queued, TaskState.SubmitUnknown, true), (update.ExpectedState, update.NewState, update.CountsSubmitAttempt));
        Assert.Empty(update.Notices);
        Assert.Equal(CreditSettlement.None, update.Settlement);
    }

    [Theory]
    [InlineData(TaskState.Queued)]
    [InlineData(TaskState.SubmitUnknown)]
    public void Submitted_FromQueuedOrTheMarker_ConfirmsWithTheProviderId(TaskState from)
    {
        var update = TaskProgression.Submitted(Task(from), "p-1", Now, Now.AddSeconds(15));

        Assert.Equal((from, TaskState.Submitted, "p-1", Now.AddSeconds(15)), (update.ExpectedState, update.NewState, update.ProviderTaskId, update.NextPollAt));
    }

    [Fact]
    public void Submitted_FromAConfirmedTask_IsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => TaskProgression.Submitted(Task(TaskState.TextReady), "p-1", Now, Now));

    [Fact]
    public void Deferred_FromTheMarker_GoesBackToTheQueueUntilTheRetryTime()
    {
        var update = TaskProgression.Deferred(Task(TaskState.SubmitUnknown), Now, Now.AddMinutes(1));

        Assert.Equal((TaskState.SubmitUnknown, TaskState.Queued, Now.AddMinutes(1), CreditSettlement.None), (update.ExpectedState, update.NewState, update.NextPollAt, update.Settlement));
    }

    [Theory]
    [InlineData(TaskState.Queued, ProviderStage.Complete)]
    [InlineData(TaskState.SubmitUnknown, ProviderStage.TextReady)]
    [InlineData(TaskState.SubmitUnknown, ProviderStage.FirstTrackReady)]
    public void Advance_ReportAboutAnUnsentOrUnconfirmedTask_OnlyAnEndCounts(TaskState state, ProviderStage stage) =>
        Assert.Null(TaskProgression.Advance(Task(state), Progress(stage), Now, Now));

    [Fact]
    public void Advance_CompleteForAnUnconfirmedSubmit_SucceedsFromTheMarker()
    {
        var progress = new ProviderProgress(ProviderStage.Complete, [new ProviderTrack { Index = 1, AudioUrl = "https://a/1" }]);

        var update = TaskProgression.Advance(Task(TaskState.SubmitUnknown), progress, Now, Now)!;

        Assert.Equal((TaskState.SubmitUnknown, TaskState.Succeeded, CreditSettlement.Capture), (update.ExpectedState, update.NewState, update.Settlement));
    }

    [Fact]
    public void Advance_CompleteWithUntitledTracks_TheirNoticesCarryTheRequestsTitle()
    {
        var progress = new ProviderProgress(ProviderStage.Complete, [new ProviderTrack { Index = 1, AudioUrl = "https://a/1" }, new ProviderTrack { Index = 2, AudioUrl = "https://a/2", Title = "Own" }]);

        var update = TaskProgression.Advance(Task(TaskState.Submitted), progress, Now, Now)!;

        Assert.Equal(["Song", "Own"], update.Notices.OfType<Notice.TrackReady>().Select(n => n.Track.Title));
        Assert.Null(update.Tracks[0].Title);
    }

    [Fact]
    public void Advance_OperationTaskCompletes_EveryNoticeNamesTheOperation()
    {
        var progress = new ProviderProgress(ProviderStage.Complete, [new ProviderTrack { Index = 0, AudioUrl = "https://a/0", Title = "Song" }]);

        var update = TaskProgression.Advance(Task(TaskState.Submitted, OperationKind.Extend), progress, Now, Now)!;

        Assert.Equal([NoticeKind.Track, NoticeKind.Completed], update.Notices.Select(n => n.Kind));
        Assert.All(update.Notices, n => Assert.Equal(OperationKind.Extend, n.Operation));
    }

    [Fact]
    public void Advance_PlainSongCompletes_NoticesNameNoOperation()
    {
        var progress = new ProviderProgress(ProviderStage.Complete, [new ProviderTrack { Index = 0, AudioUrl = "https://a/0" }]);

        var update = TaskProgression.Advance(Task(TaskState.Submitted), progress, Now, Now)!;

        Assert.All(update.Notices, n => Assert.Null(n.Operation));
    }

    [Fact]
    public void Advance_StemsComplete_EachStemIsNamedAfterItsSong()
    {
        var progress = new ProviderProgress(ProviderStage.Complete,
        [
            new ProviderTrack { Index = 0, AudioUrl = "https://a/v", Title = "Vocals" },
            new ProviderTrack { Index = 1, AudioUrl = "https://a/i", Title = "Instrumental" },
        ]);

        var update = TaskProgression.Advance(Task(TaskState.Submitted, OperationKind.Stems), progress, Now, Now)!;

        Assert.Equal(["Song (vocals)", "Song (instrumental)"], update.Notices.OfType<Notice.TrackReady>().Select(n => n.Track.Title));
    }

    [Fact]
    public void Advance_LyricsComplete_OneLyricsNoticePerVariantAndTheFirstIsSaved()
    {
        var progress = new ProviderProgress(ProviderStage.Complete,
        [
            new ProviderTrack { Index = 1, Title = "Second", Lyrics = "[Verse]\nTwo" },
            new ProviderTrack { Index = 0, Title = "First", Lyrics = "[Verse]\nOne" },
            new ProviderTrack { Index = 2, Title = "Empty", Lyrics = " " },
        ]);

        var update = TaskProgression.Advance(Task(TaskState.Submitted, OperationKind.Lyrics), progress, Now, Now)!;

        Assert.Equal(TaskState.Succeeded, update.NewState);
        Assert.Equal(CreditSettlement.Capture, update.Settlement);
        Assert.Equal(
            [(NoticeKind.Lyrics, "First", true), (NoticeKind.Lyrics, "Second", false), (NoticeKind.Completed, "First", false)],
            update.Notices.Select(n => (n.Kind, n.Title, n is Notice.LyricsVersion { SavedToDraft: true })));
        Assert.Equal(2, Assert.IsType<Notice.Completed>(update.Notices[^1]).TrackCount);
    }

    [Fact]
    public void Advance_LyricsCompleteWithoutText_FailsAndRefunds()
    {
        var progress = new ProviderProgress(ProviderStage.Complete, [new ProviderTrack { Index = 0, Title = "Nothing" }]);

        var update = TaskProgression.Advance(Task(TaskState.Submitted, OperationKind.Lyrics), progress, Now, Now)!;

        Assert.Equal(TaskState.Failed, update.NewState);
        Assert.Equal(CreditSettlement.Refund, update.Settlement);
        Assert.Equal(new TaskFailure.NoLyrics(), Assert.IsType<Notice.Failed>(update.Notices.Single()).Failure);
    }

    private static ProviderProgress Progress(ProviderStage stage) => new(stage, []);

    private static GenerationTask Task(TaskState state, OperationKind kind) =>
        Task(state) with { Request = Task(state).Request with { Operation = new TrackOperation { Kind = kind, SourceTaskId = 3 } } };

    private static GenerationTask Task(TaskState state) => new()
    {
        Id = 7,
        RequestKey = "console:local:1",
        User = new UserRef(new ConversationScope(Platforms.Console, "local"), "alice"),
        Target = new DeliveryTarget(Platforms.Console, "terminal"),
        Request = new GenerationRequest { Provider = ProviderNames.Local, Model = "synth", Style = "jazz", Title = "Song" },
        State = state,
        Price = 3,
        CreatedAt = Now,
    };
}
