using MusicBot.Core.Operations;

namespace MusicBot.Core.Tests.Operations;

public sealed class TrackOperationTests
{
    [Theory]
    [InlineData(OperationKind.Extend, null, "extending song #3, take 2")]
    [InlineData(OperationKind.Extend, 60.0, "extending song #3, take 2 from 60 s")]
    [InlineData(OperationKind.AddVocals, null, "adding vocals to song #3, take 2")]
    [InlineData(OperationKind.Wav, null, "converting song #3, take 2 to WAV")]
    [InlineData(OperationKind.Stems, null, "splitting song #3, take 2 into stems")]
    public void Doing_OnATake_NamesTheSongAndTake(OperationKind kind, double? from, string expected) =>
        Assert.Equal(expected, new TrackOperation { Kind = kind, SourceTaskId = 3, SourceTrackIndex = 2, ContinueAtSeconds = from }.Doing());

    [Fact]
    public void Doing_LyricsWithALongTopic_QuotesItShortened()
    {
        var doing = new TrackOperation { Kind = OperationKind.Lyrics, Prompt = new string('r', 300) }.Doing();

        Assert.Equal($"writing lyrics about “{new string('r', 99)}…”", doing);
    }
}
