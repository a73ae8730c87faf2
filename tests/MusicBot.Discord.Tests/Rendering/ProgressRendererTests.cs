using MusicBot.Core.Delivery;
using MusicBot.Core.Providers;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Tests.Rendering;

public sealed class ProgressRendererTests
{
    [Fact]
    public void Status_EachStage_SaysWhereTheSongIs()
    {
        Assert.Contains("lyrics and arrangement written", ProgressRenderer.Status(7, Notice.LyricsReady("Rain"))!.Content, StringComparison.Ordinal);
        Assert.Contains("first take is ready: <https://cdn.example/7.mp3>", ProgressRenderer.Status(7, Notice.FirstTrackReady("Rain", "https://cdn.example/7.mp3"))!.Content, StringComparison.Ordinal);
        Assert.Contains("2 tracks below, 3 credits charged", ProgressRenderer.Status(7, Notice.Completed("Rain", 3, 2))!.Content, StringComparison.Ordinal);
        Assert.Null(ProgressRenderer.Status(7, Notice.ForTrack(new ProviderTrack { Index = 1 })));
    }

    [Fact]
    public void Status_FirstTakeOnThisMachine_ShowsNoFilePath()
    {
        var message = ProgressRenderer.Status(7, Notice.FirstTrackReady(null, "file:///var/lib/musicbot/tracks/x.wav"))!;

        Assert.DoesNotContain("file:", message.Content, StringComparison.Ordinal);
        Assert.StartsWith("🎧 **Song #7**", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_Failed_StatesTheRefundAndOffersTryAgain()
    {
        var message = ProgressRenderer.Status(9, Notice.Failed("My *song*", "The provider rejected the lyrics.", 2))!;

        Assert.Equal(@"❌ **Song #9 “My \*song\*”** failed: The provider rejected the lyrics. 2 credits refunded; your balance is as before.", message.Content);
        Assert.Equal(CustomIds.RegenerateTask(9), message.Components![0].Components![0].CustomId);
    }
}
