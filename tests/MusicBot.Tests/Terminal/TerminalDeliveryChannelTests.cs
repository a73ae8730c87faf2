using MusicBot.Core.Delivery;
using MusicBot.Core.Providers;
using MusicBot.Terminal;

namespace MusicBot.Tests.Terminal;

public sealed class TerminalDeliveryChannelTests
{
    [Fact]
    public void Render_RemoteTrackWithCover_PrintsTitleDurationLinkAndCover()
    {
        var track = new ProviderTrack
        {
            Index = 2,
            Title = "Neon Coast",
            Style = "synthwave",
            AudioUrl = "https://cdn.example/2.mp3",
            ImageUrl = "https://cdn.example/2.jpg",
            DurationSeconds = 125.6,
        };

        var text = TerminalDeliveryChannel.Render(7, Notice.ForTrack(track));

        Assert.Equal("🎵 Song #7 track 2: Neon Coast · 2:06 · synthwave\n   https://cdn.example/2.mp3\n   cover: https://cdn.example/2.jpg", text);
    }

    [Fact]
    public void Render_LocalFileWithoutDuration_PrintsThePathAndUnknownLength()
    {
        var track = new ProviderTrack { Index = 1, Title = "Take", AudioUrl = new Uri("/tmp/data/tracks/a-1.wav").AbsoluteUri };

        var text = TerminalDeliveryChannel.Render(3, Notice.ForTrack(track));

        Assert.Equal("🎵 Song #3 track 1: Take · ?:??\n   /tmp/data/tracks/a-1.wav", text);
    }

    [Fact]
    public void Render_Failure_StatesTheRefund()
    {
        var text = TerminalDeliveryChannel.Render(4, Notice.Failed("Song", "The provider is under maintenance.", 2));

        Assert.Equal("❌ Song #4 failed: The provider is under maintenance. 2 credits refunded.", text);
    }
}
