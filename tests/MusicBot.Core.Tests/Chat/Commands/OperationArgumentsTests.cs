using MusicBot.Core.Chat;
using MusicBot.Core.Chat.Commands;
using MusicBot.Core.Operations;

namespace MusicBot.Core.Tests.Chat.Commands;

public sealed class OperationArgumentsTests
{
    [Theory]
    [InlineData("", null, null, null)]
    [InlineData("12", "12", null, null)]
    [InlineData("#12 2", "12", "2", null)]
    [InlineData("12 2 from 60", "12", "2", "60")]
    [InlineData("from 42.5s", null, null, "42.5")]
    [InlineData("  #7   FROM 3 ", "7", null, "3")]
    public void Parse_Extend_ReadsSongTakeAndStart(string text, string? song, string? take, string? from)
    {
        var parsed = OperationArguments.Parse(OperationKind.Extend, text);

        Assert.Null(parsed.Problem);
        var arguments = parsed.Arguments!;
        Assert.Equal((song, take, from), (arguments.Text(ArgumentNames.Song), arguments.Text(ArgumentNames.Take), arguments.Text(ArgumentNames.From)));
    }

    [Theory]
    [InlineData(OperationKind.Extend, "from")]
    [InlineData(OperationKind.Extend, "from soon")]
    public void Parse_FromWithoutSeconds_SaysSo(OperationKind kind, string text)
    {
        var parsed = OperationArguments.Parse(kind, text);

        Assert.Null(parsed.Arguments);
        Assert.IsType<UsageProblem.FromNeedsSeconds>(parsed.Problem);
    }

    [Theory]
    [InlineData(OperationKind.Extend, "latest", "latest", true)]
    [InlineData(OperationKind.Stems, "12 from 30", "from", false)]
    [InlineData(OperationKind.Wav, "0", "0", false)]
    [InlineData(OperationKind.Wav, "1 2 3", "3", false)]
    [InlineData(OperationKind.Wav, "-4", "-4", false)]
    public void Parse_WordNotUnderstood_NamesTheWord(OperationKind kind, string text, string word, bool allowsFrom)
    {
        var parsed = OperationArguments.Parse(kind, text);

        Assert.Null(parsed.Arguments);
        Assert.Equal(new UsageProblem.NotASongOrTake(word, allowsFrom), parsed.Problem);
    }

    [Theory]
    [InlineData("a song about rain", "a song about rain")]
    [InlineData("  two\nlines ", "two\nlines")]
    [InlineData("   ", null)]
    public void Parse_Lyrics_TakesTheWholeTextAsTopic(string text, string? topic)
    {
        var parsed = OperationArguments.Parse(OperationKind.Lyrics, text);

        Assert.Null(parsed.Problem);
        Assert.Equal(topic, parsed.Arguments!.Text(ArgumentNames.Topic));
    }

    [Theory]
    [InlineData(OperationKind.Extend, "extend")]
    [InlineData(OperationKind.AddVocals, "addvocals")]
    [InlineData(OperationKind.Lyrics, "lyricsai")]
    public void CommandName_EachKind_IsItsTextCommand(OperationKind kind, string name) =>
        Assert.Equal(name, OperationArguments.CommandName(kind));
}
