using MusicBot.Core.Delivery;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Terminal;
using MusicBot.Testing;

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

        var text = TerminalDeliveryChannel.Render(7, Notices.ForTrack(track));

        Assert.Equal("🎵 Song #7 track 2: Neon Coast · 2:06 · synthwave\n   https://cdn.example/2.mp3\n   cover: https://cdn.example/2.jpg", text);
    }

    [Fact]
    public void Render_LocalFileWithoutDuration_PrintsThePathAndUnknownLength()
    {
        var track = new ProviderTrack { Index = 1, Title = "Take", AudioUrl = new Uri("/tmp/data/tracks/a-1.wav").AbsoluteUri };

        var text = TerminalDeliveryChannel.Render(3, Notices.ForTrack(track));

        Assert.Equal("🎵 Song #3 track 1: Take · ?:??\n   /tmp/data/tracks/a-1.wav", text);
    }

    [Fact]
    public void Render_Failure_StatesTheRefund()
    {
        var text = TerminalDeliveryChannel.Render(4, Notices.Failed("Song", "The provider is under maintenance.", 2));

        Assert.Equal("❌ Song #4 failed: The provider is under maintenance. 2 credits refunded: you were not charged.", text);
    }

    [Fact]
    public void Render_ExtensionNotices_SayExtended()
    {
        var first = Notices.FirstTrackReady("Song", "file:///tmp/data/tracks/x-1.wav") with { Operation = OperationKind.Extend };
        var done = Notices.Completed("Song", 1, 2) with { Operation = OperationKind.Extend };

        Assert.Equal("🎧 Song #5: first extended take ready to stream: /tmp/data/tracks/x-1.wav", TerminalDeliveryChannel.Render(5, first));
        Assert.Equal("✅ Song #5 extended: 2 tracks, 1 credit charged.", TerminalDeliveryChannel.Render(5, done));
    }

    [Fact]
    public void Render_StemNotices_CountStems()
    {
        var track = new ProviderTrack { Index = 3, Title = "Night Drive (chords)", AudioUrl = "https://cdn.example/chords.wav", DurationSeconds = 17.4 };
        var stem = Notices.ForTrack(track) with { Operation = OperationKind.Stems };
        var done = Notices.Completed("Night Drive", 2, 4) with { Operation = OperationKind.Stems };

        Assert.Equal("🎵 Song #8 stem 3: Night Drive (chords) · 0:17\n   https://cdn.example/chords.wav", TerminalDeliveryChannel.Render(8, stem));
        Assert.Equal("✅ Song #8 split into stems: 4 stems, 2 credits charged.", TerminalDeliveryChannel.Render(8, done));
    }

    [Fact]
    public void Render_FailedOperation_NamesWhatCouldNotBeDone()
    {
        var failed = Notices.Failed("Song", "The source take's audio file is gone.", 1) with { Operation = OperationKind.Stems };

        Assert.Equal(
            "❌ Song #9 could not split a song into stems: The source take's audio file is gone. 1 credit refunded: you were not charged.",
            TerminalDeliveryChannel.Render(9, failed));
    }

    [Fact]
    public void Render_LyricsVariants_PrintTitleAndTextAndMarkTheSavedOne()
    {
        var variant = new ProviderTrack { Index = 1, Title = "Rain on Glass", Lyrics = "[Verse]\nStreetlights hum\n\n[Chorus]\nRain on glass" };
        var saved = Notices.ForLyrics(variant, savedToDraft: true) with { Operation = OperationKind.Lyrics };
        var other = Notices.ForLyrics(variant with { Index = 2, Title = "Second" }, savedToDraft: false) with { Operation = OperationKind.Lyrics };
        var done = Notices.Completed("Rain on Glass", 0, 2) with { Operation = OperationKind.Lyrics };

        Assert.Equal(
            "📝 Song #4 lyrics 1: Rain on Glass (saved to your draft)\n   [Verse]\n   Streetlights hum\n\n   [Chorus]\n   Rain on glass",
            TerminalDeliveryChannel.Render(4, saved));
        Assert.StartsWith("📝 Song #4 lyrics 2: Second\n   [Verse]", TerminalDeliveryChannel.Render(4, other), StringComparison.Ordinal);
        Assert.Equal("✅ Song #4 lyrics written: 2 versions, nothing charged.", TerminalDeliveryChannel.Render(4, done));
    }
}
