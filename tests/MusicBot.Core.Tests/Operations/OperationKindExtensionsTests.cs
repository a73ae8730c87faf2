using MusicBot.Core.Operations;

namespace MusicBot.Core.Tests.Operations;

public sealed class OperationKindExtensionsTests
{
    [Theory]
    [InlineData(null, 2, "2 tracks")]
    [InlineData(OperationKind.Extend, 1, "1 track")]
    [InlineData(OperationKind.Wav, 1, "1 file")]
    [InlineData(OperationKind.Stems, 4, "4 stems")]
    [InlineData(OperationKind.Lyrics, 2, "2 versions")]
    public void CountOf_EachKind_UsesItsItemNoun(OperationKind? kind, int count, string expected) =>
        Assert.Equal(expected, kind.CountOf(count));

    [Theory]
    [InlineData(OperationKind.Extend, "extending", "extended")]
    [InlineData(OperationKind.Stems, "splitting into stems", "split into stems")]
    [InlineData(OperationKind.Lyrics, "writing lyrics", "lyrics written")]
    public void ActivityAndResult_EachKind_SayWhatRunsAndWhatCameOfIt(OperationKind kind, string activity, string result) =>
        Assert.Equal((activity, result), (kind.Activity(), kind.Result()));
}
