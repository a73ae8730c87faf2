using MusicBot.Core.Delivery;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Telegram.Rendering;
using MusicBot.Testing;

namespace MusicBot.Telegram.Tests.Rendering;

public sealed class NoticeRendererTests
{
    [Fact]
    public void Track_ShortLyrics_GoInTheCaption()
    {
        var text = NoticeRenderer.Track(Words.English, 7, Notices.ForTrack(Track("la la <la>")));

        Assert.Contains("la la &lt;la&gt;", text.Caption, StringComparison.Ordinal);
        Assert.Null(text.LyricsMessage);
        Assert.Null(text.LyricsDocument);
    }

    [Fact]
    public void Track_LyricsPastTheCaptionLimit_FollowAsAMessage()
    {
        var lyrics = string.Join('\n', Enumerable.Repeat("a line of lyrics & more", 60));

        var text = NoticeRenderer.Track(Words.English, 7, Notices.ForTrack(Track(lyrics)));

        Assert.InRange(Html.VisibleLength(text.Caption), 1, NoticeRenderer.MaxCaption);
        Assert.NotNull(text.LyricsMessage);
        Assert.InRange(Html.VisibleLength(text.LyricsMessage), NoticeRenderer.MaxCaption, OutgoingMessage.MaxLength);
        Assert.Null(text.LyricsDocument);
    }

    [Fact]
    public void Track_LyricsPastTheMessageLimit_FollowAsADocument()
    {
        var lyrics = new string('a', 5_000);

        var text = NoticeRenderer.Track(Words.English, 7, Notices.ForTrack(Track(lyrics)));

        Assert.Null(text.LyricsMessage);
        Assert.Equal(lyrics, text.LyricsDocument);
    }

    [Fact]
    public void Track_HugeTitleAndStyle_CaptionStaysWithinTheLimit()
    {
        var track = Track(null) with { Title = new string('t', 3000), Style = new string('s', 3000) };

        Assert.InRange(Html.VisibleLength(NoticeRenderer.Track(Words.English, 7, Notices.ForTrack(track)).Caption), 1, NoticeRenderer.MaxCaption);
    }

    [Fact]
    public void Progress_Failed_StatesTheRefund()
    {
        var html = NoticeRenderer.Progress(Words.English, 9, Notices.Failed("Night <drive>", "Provider said no & left", 2));

        Assert.Contains("failed: Provider said no &amp; left", html, StringComparison.Ordinal);
        Assert.Contains("2 credits refunded", html, StringComparison.Ordinal);
        Assert.Contains("(Night &lt;drive&gt;)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_FirstTakeWithWebLink_LinksItWithAnEscapedAddress()
    {
        var html = NoticeRenderer.Progress(Words.English, 9, Notices.FirstTrackReady(null, "https://cdn.example/s?a=1&b=\"2\""));

        Assert.Contains("<a href=\"https://cdn.example/s?a=1&amp;b=&quot;2&quot;\">listen now</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_FirstTakeOnThisMachine_HasNoLink()
    {
        var html = NoticeRenderer.Progress(Words.English, 9, Notices.FirstTrackReady(null, "file:///data/tracks/x.wav"));

        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NoticeKind.LyricsReady, ProgressRank.LyricsReady)]
    [InlineData(NoticeKind.FirstTrackReady, ProgressRank.FirstTrack)]
    [InlineData(NoticeKind.Completed, ProgressRank.Final)]
    [InlineData(NoticeKind.Failed, ProgressRank.Final)]
    public void Rank_Stages_AreOrdered(NoticeKind kind, int rank)
    {
        Assert.Equal(rank, NoticeRenderer.Rank(kind));
    }

    [Theory]
    [InlineData(null, "✅ Song #9 (Night) done: 2 tracks, 1 credit charged.")]
    [InlineData(OperationKind.Extend, "✅ Song #9 (Night) extended: 2 tracks, 1 credit charged.")]
    [InlineData(OperationKind.AddVocals, "✅ Song #9 (Night) vocals added: 2 tracks, 1 credit charged.")]
    [InlineData(OperationKind.Stems, "✅ Song #9 (Night) split into stems: 2 stems, 1 credit charged.")]
    public void Progress_CompletedOperation_SaysWhatWasDone(OperationKind? operation, string expected)
    {
        var html = NoticeRenderer.Progress(Words.English, 9, Notices.Completed("Night", 1, 2) with { Operation = operation });

        Assert.Equal(expected, Html.ToPlain(html));
    }

    [Fact]
    public void Progress_CompletedWavForFree_SaysNothingWasCharged()
    {
        var html = NoticeRenderer.Progress(Words.English, 9, Notices.Completed("Night", 0, 1) with { Operation = OperationKind.Wav });

        Assert.Equal("✅ Song #9 (Night) converted to WAV: 1 file, nothing charged.", Html.ToPlain(html));
    }

    [Fact]
    public void Progress_FailedStems_NamesTheOperation()
    {
        var html = NoticeRenderer.Progress(Words.English, 9, Notices.Failed("Night", "source audio could not be downloaded", 1) with { Operation = OperationKind.Stems });

        Assert.StartsWith("❌ Song #9 (Night): splitting into stems failed: source audio could not be downloaded", Html.ToPlain(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_WavBetweenStages_SaysItIsWorkingNotMakingMusic()
    {
        var html = NoticeRenderer.Progress(Words.English, 9, Notices.LyricsReady("Night") with { Operation = OperationKind.Wav });

        Assert.Equal("⏳ Song #9 (Night): converting to WAV…", Html.ToPlain(html));
    }

    [Theory]
    [InlineData(null, "Song #7, take 2")]
    [InlineData(OperationKind.Extend, "Song #7, take 2 (extended)")]
    [InlineData(OperationKind.Stems, "Song #7, stem 2")]
    [InlineData(OperationKind.Wav, "Song #7, WAV (lossless)")]
    public void Track_OperationResult_SaysWhichPartItIs(OperationKind? operation, string expected)
    {
        var text = NoticeRenderer.Track(Words.English, 7, Notices.ForTrack(Track(null) with { Index = 5 }, take: 2) with { Operation = operation });

        Assert.Equal(expected, Html.ToPlain(text.Caption).Split('\n')[^1]);
    }

    [Fact]
    public void Lyrics_SavedVersion_ShowsTitleBoldTextEscapedAndTheDraftHint()
    {
        var notice = Notices.ForLyrics(new ProviderTrack { Index = 1, Title = "Rain <Song>", Lyrics = "drops & <glass>" }, savedToDraft: true);

        var text = NoticeRenderer.Lyrics(Words.English, 4, notice);

        Assert.Null(text.Document);
        Assert.StartsWith("📜 <b>Rain &lt;Song&gt;</b>\n<i>Song #4, version 1</i>\n\ndrops &amp; &lt;glass&gt;", text.Html, StringComparison.Ordinal);
        Assert.EndsWith("✅ Saved to your draft: /generate to sing it, or /draft to look it over.", text.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Lyrics_OtherVersion_SaysItIsNotInTheDraft()
    {
        var notice = Notices.ForLyrics(new ProviderTrack { Index = 2, Title = "Rain", Lyrics = "la" }, savedToDraft: false);

        Assert.Contains("This version is not in your draft", NoticeRenderer.Lyrics(Words.English, 4, notice).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Lyrics_PastTheMessageLimit_GoAsAFileWithTheHeadingAsCaption()
    {
        var lyrics = string.Join('\n', Enumerable.Repeat("a line of lyrics & more", 300));
        var notice = Notices.ForLyrics(new ProviderTrack { Index = 1, Title = "Long", Lyrics = lyrics }, savedToDraft: true);

        var text = NoticeRenderer.Lyrics(Words.English, 4, notice);

        Assert.Equal(lyrics, text.Document);
        Assert.InRange(Html.VisibleLength(text.Html), 1, NoticeRenderer.MaxCaption);
        Assert.Contains("/generate to sing it", text.Html, StringComparison.Ordinal);
    }

    private static ProviderTrack Track(string? lyrics) => new() { Index = 1, Title = "Song", Style = "pop", Lyrics = lyrics };
}
