using MusicBot.Core.Chat;
using MusicBot.Core.Delivery;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Emulators.Music.SunoApi;
using MusicBot.Testing;
using MusicBot.Tests.Support;

namespace MusicBot.Tests.Providers;

/// <summary>
/// Operations on a finished song through the whole host: the chat command, the real sunoapi client, the emulator, the
/// bot's callback endpoint (or polling), delivery and the ledger.
/// </summary>
public sealed class SunoApiOperationsPipelineTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(40);
    private SunoApiEmulator _suno = null!;

    public async Task InitializeAsync() => _suno = await TestEmulators.SunoApiAsync();

    public async Task DisposeAsync() => await _suno.DisposeAsync();

    [Theory]
    [InlineData("/extend", OperationKind.Extend, "/api/v1/generate/extend", 2, true)]
    [InlineData("/extend 1 2 from 1.5", OperationKind.Extend, "/api/v1/generate/extend", 2, false)]
    [InlineData("/addvocals", OperationKind.AddVocals, "/api/v1/generate/add-vocals", 2, true)]
    [InlineData("/addinstrumental 1 2", OperationKind.AddInstrumental, "/api/v1/generate/add-instrumental", 2, false)]
    [InlineData("/wav", OperationKind.Wav, "/api/v1/wav/generate", 1, true)]
    [InlineData("/stems", OperationKind.Stems, "/api/v1/vocal-removal/generate", 2, true)]
    [InlineData("/stems 1 2", OperationKind.Stems, "/api/v1/vocal-removal/generate", 2, false)]
    public async Task Operation_OnAFinishedSong_DeliversItsFilesAndChargesOnce(string command, OperationKind kind, string endpoint, int files, bool callbacks)
    {
        await using var bot = await ProviderBotHost.StartAsync(ProviderSettings.For("sunoapi", "SunoApi", _suno, callbacks), callbacks);
        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        var queued = Assert.IsType<GenerateOutcome.Queued>(Assert.IsType<GenerateReply>(await bot.SayAsync(command)).Outcome);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 2, Wait);

        Assert.Single(_suno.RequestsTo(endpoint));
        var notices = bot.Channel.Accepted.Where(d => d.TaskId == queued.Task.Id).Select(d => d.Notice).ToList();
        Assert.Equal(NoticeKind.Completed, notices[^1].Kind);
        var tracks = notices.Where(n => n.Kind == NoticeKind.Track).Select(n => n.Track!).ToList();
        Assert.Equal(files, tracks.Count);
        Assert.All(notices, n => Assert.Equal(kind, n.Operation));
        using var http = new HttpClient();
        foreach (var track in tracks)
        {
            Assert.NotEmpty(await http.GetByteArrayAsync(track.AudioUrl));
        }

        Assert.Equal(8, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT balance FROM credit_accounts"));
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Fact]
    public async Task Extend_OfASongWithAddedVocals_NamesTheModelTheVocalsWereMadeWith()
    {
        await using var bot = await ProviderBotHost.StartAsync(ProviderSettings.For("sunoapi", "SunoApi", _suno, false), false);
        await SongAsync(bot);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);
        var vocals = Assert.IsType<GenerateOutcome.Queued>(Assert.IsType<GenerateReply>(await bot.SayAsync("/addvocals")).Outcome);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 2, Wait);

        var extension = Assert.IsType<GenerateOutcome.Queued>(Assert.IsType<GenerateReply>(await bot.SayAsync($"/extend {vocals.Task.Id}")).Outcome);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 3, Wait);

        // The song was made on V4_5; sunoapi adds vocals on V4_5PLUS, and an extension must name its source's model.
        Assert.Equal("V4_5PLUS", extension.Task.Request.Model);
        Assert.Equal(NoticeKind.Completed, bot.Channel.Accepted.Last(d => d.TaskId == extension.Task.Id).Notice.Kind);
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task LyricsAi_Topic_WritesTheFirstVersionIntoTheDraftForFree(bool callbacks)
    {
        await using var bot = await ProviderBotHost.StartAsync(ProviderSettings.For("sunoapi", "SunoApi", _suno, callbacks), callbacks);
        await bot.SayAsync("/provider sunoapi");

        Assert.IsType<GenerateOutcome.Queued>(Assert.IsType<GenerateReply>(await bot.SayAsync("/lyricsai a quiet night in the city")).Outcome);
        await PipelineInvariants.WaitForAllFinishedAsync(bot.DataDirectory, bot.Channel, 1, Wait);

        var saved = bot.Channel.Accepted.Single(d => d.Notice is { Kind: NoticeKind.Lyrics, SavedToDraft: true }).Notice;
        var draft = Assert.IsType<DraftReply>(await bot.SayAsync("/draft")).View.Draft;
        Assert.Equal(saved.Track!.Lyrics!.Trim(), draft.Lyrics);
        Assert.Equal(10, await DatabaseFile.ScalarAsync<long>(bot.DataDirectory, "SELECT balance FROM credit_accounts"));
        await PipelineInvariants.AssertHoldAsync(bot.DataDirectory, bot.Channel);
    }

    private static async Task SongAsync(ProviderBotHost bot)
    {
        await bot.SayAsync("/provider sunoapi");
        await bot.SayAsync("/style dream pop, shimmering guitars");
        await bot.SayAsync("/title Quiet Tune");
        await bot.SayAsync("/lyrics [Verse] Streetlights hum a quiet tune [Chorus] Stay a while");
        Assert.IsType<GenerateOutcome.Queued>(Assert.IsType<GenerateReply>(await bot.SayAsync("/generate")).Outcome);
    }
}
