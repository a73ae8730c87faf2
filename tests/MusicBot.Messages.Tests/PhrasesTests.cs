using MusicBot.Core.Operations;
using MusicBot.Core.Songs;
using MusicBot.Messages;

namespace MusicBot.Messages.Tests;

public sealed class PhrasesTests
{
    private static readonly Phrases Words = new(MessageCatalog.English, TextCommandSyntax.Instance);

    [Theory]
    [InlineData(null, 2, "2 tracks")]
    [InlineData(OperationKind.Extend, 1, "1 track")]
    [InlineData(OperationKind.Wav, 1, "1 file")]
    [InlineData(OperationKind.Stems, 4, "4 stems")]
    [InlineData(OperationKind.Lyrics, 2, "2 versions")]
    public void Items_EachKind_UsesItsItemNoun(OperationKind? kind, int count, string expected) =>
        Assert.Equal(expected, Words.Items(kind, count));

    [Theory]
    [InlineData(0, "Nothing was charged.", "nothing charged")]
    [InlineData(1, "1 credit refunded: you were not charged.", "1 credit charged")]
    [InlineData(3, "3 credits refunded: you were not charged.", "3 credits charged")]
    public void RefundAndCharged_AnyAmount_OneWordingForEveryPlatform(int credits, string refund, string charged) =>
        Assert.Equal((refund, charged), (Words.Refund(credits), Words.Charged(credits)));

    [Theory]
    [InlineData(OperationKind.Extend, "extending", "extended")]
    [InlineData(OperationKind.Stems, "splitting into stems", "split into stems")]
    [InlineData(OperationKind.Lyrics, "writing lyrics", "lyrics written")]
    public void ActivityAndResult_EachKind_SayWhatRunsAndWhatCameOfIt(OperationKind kind, string activity, string result) =>
        Assert.Equal((activity, result), (Words.Activity(kind), Words.Result(kind)));

    [Theory]
    [InlineData(OperationKind.Extend, null, "extending song #3, take 2")]
    [InlineData(OperationKind.Extend, 60.0, "extending song #3, take 2 from 60 s")]
    [InlineData(OperationKind.AddVocals, null, "adding vocals to song #3, take 2")]
    [InlineData(OperationKind.Wav, null, "converting song #3, take 2 to WAV")]
    [InlineData(OperationKind.Stems, null, "splitting song #3, take 2 into stems")]
    public void Doing_OnATake_NamesTheSongAndTake(OperationKind kind, double? from, string expected) =>
        Assert.Equal(expected, Words.Doing(new TrackOperation { Kind = kind, SourceTaskId = 3, SourceTrackIndex = 2, ContinueAtSeconds = from }));

    [Fact]
    public void Doing_LyricsWithALongTopic_QuotesItShortened()
    {
        var doing = Words.Doing(new TrackOperation { Kind = OperationKind.Lyrics, Prompt = new string('r', 300) });

        Assert.Equal($"writing lyrics about “{new string('r', 99)}…”", doing);
    }

    [Theory]
    [InlineData(DraftField.NegativeTags, "negative tags")]
    [InlineData(DraftField.VocalGender, "vocal gender")]
    public void Field_EveryField_HasItsName(DraftField field, string name) => Assert.Equal(name, Words.Field(field));

    [Fact]
    public void Credits_OneAndMany_ArePlural() => Assert.Equal(("1 credit", "3 credits"), (Words.Credits(1), Words.Credits(3)));
}
