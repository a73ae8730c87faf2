using MusicBot.Core.Operations;

namespace MusicBot.Core.Tests.Operations;

public sealed class OperationArgumentsTests
{
    [Theory]
    [InlineData("", null, null, null)]
    [InlineData("12", 12L, null, null)]
    [InlineData("#12 2", 12L, 2, null)]
    [InlineData("12 2 from 60", 12L, 2, 60.0)]
    [InlineData("from 42.5s", null, null, 42.5)]
    [InlineData("  #7   FROM 3 ", 7L, null, 3.0)]
    public void Parse_Extend_ReadsSongTakeAndStart(string text, long? song, int? take, double? from)
    {
        var (arguments, problem) = OperationArguments.Parse(OperationKind.Extend, text);

        Assert.Null(problem);
        Assert.Equal(new OperationArguments(song, take, from, null), arguments);
    }

    [Theory]
    [InlineData(OperationKind.Extend, "from", "\"from\" needs a number of seconds")]
    [InlineData(OperationKind.Extend, "from soon", "\"from\" needs a number of seconds")]
    [InlineData(OperationKind.Extend, "latest", "\"latest\" is not a song number, a take number or \"from <seconds>\"")]
    [InlineData(OperationKind.Stems, "12 from 30", "\"from\" is not a song number, a take number.")]
    [InlineData(OperationKind.Wav, "0", "\"0\" is not a song number")]
    [InlineData(OperationKind.Wav, "1 2 3", "\"3\" is not a song number")]
    [InlineData(OperationKind.Wav, "-4", "\"-4\" is not a song number")]
    public void Parse_WordNotUnderstood_NamesTheWord(OperationKind kind, string text, string expected)
    {
        var (arguments, problem) = OperationArguments.Parse(kind, text);

        Assert.Null(arguments);
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_VeryLongWord_IsShortenedInTheProblem()
    {
        var (_, problem) = OperationArguments.Parse(OperationKind.Stems, new string('x', 500));

        Assert.True(problem!.Length < 100, problem);
    }

    [Theory]
    [InlineData("a song about rain", "a song about rain")]
    [InlineData("  two\nlines ", "two\nlines")]
    [InlineData("   ", null)]
    public void Parse_Lyrics_TakesTheWholeTextAsTopic(string text, string? topic)
    {
        var (arguments, problem) = OperationArguments.Parse(OperationKind.Lyrics, text);

        Assert.Null(problem);
        Assert.Equal(topic, arguments!.Topic);
    }

    [Theory]
    [InlineData(OperationKind.Extend, "/extend [song] [take] [from <seconds>]")]
    [InlineData(OperationKind.AddVocals, "/addvocals [song] [take]")]
    [InlineData(OperationKind.Lyrics, "/lyricsai <what the song is about>")]
    public void UsageOf_EachKind_NamesItsCommand(OperationKind kind, string usage) =>
        Assert.Equal(usage, OperationArguments.UsageOf(kind));
}
