using MusicBot.Core.Delivery;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Rendering;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Rendering;

public sealed class ProgressRendererTests
{
    [Fact]
    public void Status_EachStage_SaysWhereTheSongIs()
    {
        Assert.Contains("lyrics and arrangement written", ProgressRenderer.Status(7, Notices.LyricsReady("Rain"))!.Content, StringComparison.Ordinal);
        Assert.Contains("first take is ready: <https://cdn.example/7.mp3>", ProgressRenderer.Status(7, Notices.FirstTrackReady("Rain", "https://cdn.example/7.mp3"))!.Content, StringComparison.Ordinal);
        Assert.Contains("2 tracks below, 3 credits charged", ProgressRenderer.Status(7, Notices.Completed("Rain", 3, 2))!.Content, StringComparison.Ordinal);
        Assert.Null(ProgressRenderer.Status(7, Notices.ForTrack(new ProviderTrack { Index = 1 })));
    }

    [Fact]
    public void Status_FirstTakeOnThisMachine_ShowsNoFilePath()
    {
        var message = ProgressRenderer.Status(7, Notices.FirstTrackReady(null, "file:///var/lib/musicbot/tracks/x.wav"))!;

        Assert.DoesNotContain("file:", message.Content, StringComparison.Ordinal);
        Assert.StartsWith("🎧 **Song #7**", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_Failed_StatesTheRefundAndOffersTryAgain()
    {
        var message = ProgressRenderer.Status(9, Notices.Failed("My *song*", "The provider rejected the lyrics.", 2))!;

        Assert.Equal(@"❌ **Song #9 “My \*song\*”** failed: The provider rejected the lyrics. 2 credits refunded: you were not charged.", message.Content);
        Assert.Equal(CustomIds.RegenerateTask(9), message.Components![0].Components![0].CustomId);
    }

    [Theory]
    [InlineData(OperationKind.Extend, "✅ **Song #7 “Rain”** is extended: 2 tracks below, 1 credit charged.", "Regenerate")]
    [InlineData(OperationKind.AddVocals, "✅ **Song #7 “Rain”** has vocals now: 2 tracks below, 1 credit charged.", "Regenerate")]
    [InlineData(OperationKind.AddInstrumental, "✅ **Song #7 “Rain”** has an instrumental now: 2 tracks below, 1 credit charged.", "Regenerate")]
    [InlineData(OperationKind.Wav, "✅ **Song #7 “Rain”** is converted to WAV: the WAV file is below, 1 credit charged.", null)]
    [InlineData(OperationKind.Stems, "✅ **Song #7** is split into stems: 2 stems below, 1 credit charged.", null)]
    public void Status_OperationCompleted_WordedForTheOperation(OperationKind kind, string expected, string? button)
    {
        var message = ProgressRenderer.Status(7, Notices.Completed("Rain", 1, 2) with { Operation = kind })!;

        Assert.Equal(expected, message.Content);
        Assert.Equal(button, message.Components?.Single().Components!.Single().Label);
    }

    [Fact]
    public void Status_AiLyricsDoneOrFailed_FreeAndWithoutPublicButtons()
    {
        var done = ProgressRenderer.Status(7, Notices.Completed("Rain", 0, 2) with { Operation = OperationKind.Lyrics })!;
        var failed = ProgressRenderer.Status(7, Notices.Failed("Rain", "No words came.", 0) with { Operation = OperationKind.Lyrics })!;

        Assert.Equal("✅ **Song #7 “Rain”**: lyrics written, 2 versions below, and one is now in your draft (`/music draft show`); nothing charged.", done.Content);
        Assert.Null(done.Components);
        Assert.Null(failed.Components);
    }

    [Fact]
    public void Status_StemsInProgress_NoRecordingTalk() =>
        Assert.Equal("⏳ **Song #7 “Rain”**: the provider is working on it…", ProgressRenderer.Status(7, Notices.LyricsReady("Rain") with { Operation = OperationKind.Stems })!.Content);
}
