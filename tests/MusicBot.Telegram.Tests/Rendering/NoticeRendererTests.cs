using MusicBot.Core.Delivery;
using MusicBot.Core.Providers;
using MusicBot.Telegram.Rendering;

namespace MusicBot.Telegram.Tests.Rendering;

public sealed class NoticeRendererTests
{
    [Fact]
    public void Track_ShortLyrics_GoInTheCaption()
    {
        var text = NoticeRenderer.Track(7, Track("la la <la>"));

        Assert.Contains("la la &lt;la&gt;", text.Caption, StringComparison.Ordinal);
        Assert.Null(text.LyricsMessage);
        Assert.Null(text.LyricsDocument);
    }

    [Fact]
    public void Track_LyricsPastTheCaptionLimit_FollowAsAMessage()
    {
        var lyrics = string.Join('\n', Enumerable.Repeat("a line of lyrics & more", 60));

        var text = NoticeRenderer.Track(7, Track(lyrics));

        Assert.InRange(Html.VisibleLength(text.Caption), 1, NoticeRenderer.MaxCaption);
        Assert.NotNull(text.LyricsMessage);
        Assert.InRange(Html.VisibleLength(text.LyricsMessage), NoticeRenderer.MaxCaption, OutgoingMessage.MaxLength);
        Assert.Null(text.LyricsDocument);
    }

    [Fact]
    public void Track_LyricsPastTheMessageLimit_FollowAsADocument()
    {
        var lyrics = new string('a', 5_000);

        var text = NoticeRenderer.Track(7, Track(lyrics));

        Assert.Null(text.LyricsMessage);
        Assert.Equal(lyrics, text.LyricsDocument);
    }

    [Fact]
    public void Track_HugeTitleAndStyle_CaptionStaysWithinTheLimit()
    {
        var track = Track(null) with { Title = new string('t', 3000), Style = new string('s', 3000) };

        Assert.InRange(Html.VisibleLength(NoticeRenderer.Track(7, track).Caption), 1, NoticeRenderer.MaxCaption);
    }

    [Fact]
    public void Progress_Failed_StatesTheRefund()
    {
        var html = NoticeRenderer.Progress(9, Notice.Failed("Night <drive>", "Provider said no & left", 2));

        Assert.Contains("failed: Provider said no &amp; left", html, StringComparison.Ordinal);
        Assert.Contains("2 credits refunded", html, StringComparison.Ordinal);
        Assert.Contains("(Night &lt;drive&gt;)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_FirstTakeWithWebLink_LinksItWithAnEscapedAddress()
    {
        var html = NoticeRenderer.Progress(9, Notice.FirstTrackReady(null, "https://cdn.example/s?a=1&b=\"2\""));

        Assert.Contains("<a href=\"https://cdn.example/s?a=1&amp;b=&quot;2&quot;\">listen now</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_FirstTakeOnThisMachine_HasNoLink()
    {
        var html = NoticeRenderer.Progress(9, Notice.FirstTrackReady(null, "file:///data/tracks/x.wav"));

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

    private static ProviderTrack Track(string? lyrics) => new() { Index = 1, Title = "Song", Style = "pop", Lyrics = lyrics };
}
