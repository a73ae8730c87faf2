using MusicBot.Core.Chat;
using MusicBot.Core.Delivery;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Operations;

/// <summary>
/// Operations on finished songs through the real service graph and a real SQLite file (TrackOperationService →
/// reserve → submit → poll → deliver → settle), with a scripted provider at the edge.
/// </summary>
public sealed class TrackOperationPipelineTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Extend_LatestSong_SendsItsFirstTakeDeliversAndCharges()
    {
        await using var bot = await PipelineHost.StartAsync();
        var (song, songTaskId) = await MakeSongAsync(bot);

        var reply = Assert.IsType<GenerateReply>(await bot.SayAsync("/extend"));

        var queued = Assert.IsType<GenerateOutcome.Queued>(reply.Outcome);
        var providerId = await SubmittedAfterAsync(bot, song);
        var operation = bot.Provider.Requests[providerId].Operation!;
        Assert.Equal(
            new TrackOperation
            {
                Kind = OperationKind.Extend,
                SourceTaskId = songTaskId,
                SourceTrackIndex = 1,
                SourceProviderTaskId = song,
                SourceTrackId = $"{song}-clip-1",
                SourceAudioUrl = "https://cdn.example/1.mp3",
                SourceDurationSeconds = 30,
            },
            operation);
        Assert.Equal("One", bot.Provider.Requests[providerId].Title);

        bot.Provider.Complete(providerId);
        await bot.Channel.WaitForAsync(d => d.Count(x => x.Notice.Kind == NoticeKind.Completed) == 2, Wait);
        var extended = bot.Channel.Accepted.Where(d => d.TaskId == queued.Task.Id).Select(d => d.Notice).ToList();
        Assert.Equal([NoticeKind.Track, NoticeKind.Track, NoticeKind.Completed], extended.Select(n => n.Kind));
        Assert.All(extended, n => Assert.Equal(OperationKind.Extend, n.Operation));
        Assert.Equal(8, await Balance(bot));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(bot.DataDirectory));
    }

    [Fact]
    public async Task Extend_SongTakeAndStartGiven_UsesThatTakeFromThatSecond()
    {
        await using var bot = await PipelineHost.StartAsync();
        var (song, songTaskId) = await MakeSongAsync(bot);

        Assert.IsType<GenerateOutcome.Queued>(Assert.IsType<GenerateReply>(await bot.SayAsync($"/extend #{songTaskId} 2 from 12.5")).Outcome);

        var operation = bot.Provider.Requests[await SubmittedAfterAsync(bot, song)].Operation!;
        Assert.Equal((2, $"{song}-clip-2", 12.5), (operation.SourceTrackIndex, operation.SourceTrackId, operation.ContinueAtSeconds));
    }

    [Theory]
    [InlineData("/extend from 30", "from: must be between 0 and 30 seconds (the track's length); yours is 30.")]
    [InlineData("/extend 1 3", "take: song #1 has takes 1–2; you asked for take 3.")]
    [InlineData("/extend 999", "Song #999 is not one of yours here.")]
    [InlineData("/addvocals", "Adding vocals needs lyrics for the singer")]
    public async Task Extend_ImpossibleRequest_SaysWhyAndChangesNothing(string command, string expected)
    {
        await using var bot = await PipelineHost.StartAsync();
        await MakeSongAsync(bot);

        var outcome = Assert.IsType<GenerateOutcome.Refused>(Assert.IsType<GenerateReply>(await bot.SayAsync(command)).Outcome);

        Assert.Contains(expected, outcome.Message, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was charged.", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(1, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT COUNT(*) FROM tasks"));
        Assert.Equal(9, await Balance(bot));
    }

    [Fact]
    public async Task Extend_AnotherUsersSong_IsRefusedLikeAnUnknownOne()
    {
        await using var bot = await PipelineHost.StartAsync();
        var (_, songTaskId) = await MakeSongAsync(bot);

        var outcome = Assert.IsType<GenerateOutcome.Refused>(Assert.IsType<GenerateReply>(await bot.SayAsync($"/extend {songTaskId}", user: "bob")).Outcome);

        Assert.StartsWith($"Song #{songTaskId} is not one of yours here.", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(new Refusal.NotYourSong(songTaskId, OperationKind.Extend, "alice"), outcome.Reason);
        Assert.Equal(1, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT COUNT(*) FROM tasks"));
    }

    [Fact]
    public async Task Stems_NoFinishedSongYet_AsksForOneFirst()
    {
        await using var bot = await PipelineHost.StartAsync();

        var outcome = Assert.IsType<GenerateOutcome.Refused>(Assert.IsType<GenerateReply>(await bot.SayAsync("/stems")).Outcome);

        Assert.Equal("You have no finished song for stem separation yet. Make one first. Nothing was charged.", outcome.Message);
        Assert.Equal(0, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT COUNT(*) FROM tasks"));
    }

    [Fact]
    public async Task Wav_ProviderWithoutIt_NamesWhatIsMissingAndCreatesNoTask()
    {
        await using var bot = await PipelineHost.StartAsync();
        await MakeSongAsync(bot);
        bot.Provider.Supported.Remove(OperationKind.Wav);

        var outcome = Assert.IsType<GenerateOutcome.Refused>(Assert.IsType<GenerateReply>(await bot.SayAsync("/wav")).Outcome);

        Assert.Equal("local does not offer WAV conversion. No music service configured on this bot offers it. Nothing was charged.", outcome.Message);
        Assert.Equal(1, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT COUNT(*) FROM tasks"));
    }

    [Fact]
    public async Task Stems_OfAStemsResult_IsRefusedBecauseItIsNotASong()
    {
        await using var bot = await PipelineHost.StartAsync();
        var (song, _) = await MakeSongAsync(bot);
        var stems = Assert.IsType<GenerateOutcome.Queued>(Assert.IsType<GenerateReply>(await bot.SayAsync("/stems")).Outcome);
        var providerId = await SubmittedAfterAsync(bot, song);
        bot.Provider.CompleteWith(providerId, new ProviderTrack { Index = 0, Title = "Vocals", AudioUrl = "https://cdn.example/v.mp3" });
        await bot.Channel.WaitForAsync(d => d.Count(x => x.Notice.Kind == NoticeKind.Completed) == 2, Wait);

        var outcome = Assert.IsType<GenerateOutcome.Refused>(Assert.IsType<GenerateReply>(await bot.SayAsync($"/stems {stems.Task.Id}")).Outcome);

        Assert.StartsWith($"Song #{stems.Task.Id} can't be used for stem separation: it is the result of stem separation, not a song.", outcome.Message, StringComparison.Ordinal);
        Assert.Equal("One (vocals)", bot.Channel.Accepted.Single(d => d.TaskId == stems.Task.Id && d.Notice.Kind == NoticeKind.Track).Notice.Title);
    }

    [Fact]
    public async Task AddVocals_DraftHasLyrics_SendsThemWithTheSourceAudio()
    {
        await using var bot = await PipelineHost.StartAsync();
        var (song, _) = await MakeSongAsync(bot);
        await bot.SayAsync("/lyrics [Verse]\nRain on the window");

        Assert.IsType<GenerateOutcome.Queued>(Assert.IsType<GenerateReply>(await bot.SayAsync("/addvocals 1 2")).Outcome);

        var request = bot.Provider.Requests[await SubmittedAfterAsync(bot, song)];
        Assert.Equal(("[Verse]\nRain on the window", "https://cdn.example/2.mp3", false), (request.Lyrics, request.Operation!.SourceAudioUrl, request.Instrumental));
    }

    [Fact]
    public async Task LyricsAi_ProviderWritesTwoVariants_FirstGoesIntoTheDraftAndNothingIsCharged()
    {
        await using var bot = await PipelineHost.StartAsync();
        await bot.SayAsync("/title Keep Mine");

        var queued = Assert.IsType<GenerateOutcome.Queued>(Assert.IsType<GenerateReply>(await bot.SayAsync("/lyricsai a song about rain")).Outcome);

        await PipelineHost.WaitUntilAsync(() => Task.FromResult(bot.Provider.Submitted.Count == 1), Wait);
        var providerId = bot.Provider.Submitted.Single();
        Assert.Equal(new TrackOperation { Kind = OperationKind.Lyrics, Prompt = "a song about rain" }, bot.Provider.Requests[providerId].Operation);
        bot.Provider.CompleteWith(
            providerId,
            new ProviderTrack { Index = 0, Title = "Rain", Lyrics = "[Verse]\nDrops on the glass" },
            new ProviderTrack { Index = 1, Title = "Storm", Lyrics = "[Verse]\nThunder rolls" });
        await bot.Channel.WaitForAsync(d => d.Any(x => x.Notice.Kind == NoticeKind.Completed), Wait);

        Assert.Equal(
            [(NoticeKind.Lyrics, true), (NoticeKind.Lyrics, false), (NoticeKind.Completed, false)],
            bot.Channel.Accepted.Select(d => (d.Notice.Kind, d.Notice.SavedToDraft)));
        var draft = Assert.IsType<DraftReply>(await bot.SayAsync("/draft")).View.Draft;
        Assert.Equal(("[Verse]\nDrops on the glass", "Keep Mine"), (draft.Lyrics, draft.Title));
        Assert.Equal(0, queued.Task.Price);
        Assert.Equal(10, await Balance(bot));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(bot.DataDirectory));
    }

    [Fact]
    public async Task LyricsAi_TopicOverTwoHundredWords_SaysByHowMuch()
    {
        await using var bot = await PipelineHost.StartAsync();

        var reply = Assert.IsType<GenerateReply>(await bot.SayAsync("/lyricsai " + string.Join(' ', Enumerable.Repeat("rain", 203))));

        Assert.Equal(
            "lyrics topic: at most 200 words; yours is 203 words. Shorten it by 3 words. Nothing was charged.",
            Assert.IsType<GenerateOutcome.Refused>(reply.Outcome).Message);
    }

    /// <summary>Makes one finished song for alice: returns the provider's id for it and the bot's task id.</summary>
    private static async Task<(string ProviderId, long TaskId)> MakeSongAsync(PipelineHost bot)
    {
        await bot.SayAsync("/style chill piano");
        var queued = Assert.IsType<GenerateOutcome.Queued>(Assert.IsType<GenerateReply>(await bot.SayAsync("/generate")).Outcome);
        await PipelineHost.WaitUntilAsync(() => Task.FromResult(bot.Provider.Submitted.Count == 1), Wait);
        var id = bot.Provider.Submitted.Single();
        bot.Provider.Complete(id);
        await bot.Channel.WaitForAsync(d => d.Any(x => x.Notice.Kind == NoticeKind.Completed), Wait);
        return (id, queued.Task.Id);
    }

    private static async Task<string> SubmittedAfterAsync(PipelineHost bot, string first)
    {
        await PipelineHost.WaitUntilAsync(() => Task.FromResult(bot.Provider.Submitted.Count == 2), Wait);
        return bot.Provider.Submitted.Single(id => id != first);
    }

    private static Task<long> Balance(PipelineHost bot) =>
        DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT balance FROM credit_accounts WHERE user_id = 'alice'");
}
