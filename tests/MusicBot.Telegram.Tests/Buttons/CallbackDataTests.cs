using System.Text;
using MusicBot.Telegram.Buttons;

namespace MusicBot.Telegram.Tests.Buttons;

public sealed class CallbackDataTests
{
    // Telegram ids have at most 52 significant bits.
    private const long LargestUserId = (1L << 52) - 1;

    [Theory]
    [InlineData(CallbackAction.Generate, null)]
    [InlineData(CallbackAction.Instrumental, "1")]
    [InlineData(CallbackAction.SetModel, "V4_5PLUS")]
    [InlineData(CallbackAction.Regenerate, "9223372036854775807")]
    [InlineData(CallbackAction.Extend, "9223372036854775807")]
    [InlineData(CallbackAction.Extend, "9223372036854775807:2147483647")]
    [InlineData(CallbackAction.Wav, "9223372036854775807:2147483647")]
    [InlineData(CallbackAction.Stems, "9223372036854775807:2147483647")]
    public void TryEncode_LargestIds_FitsIn64BytesAndParsesBack(CallbackAction action, string? argument)
    {
        var data = new CallbackData(action, -LargestUserId, argument);

        var encoded = data.TryEncode();

        Assert.NotNull(encoded);
        Assert.InRange(Encoding.UTF8.GetByteCount(encoded), 1, CallbackData.MaxBytes);
        Assert.Equal(data, CallbackData.Parse(encoded));
    }

    [Fact]
    public void Parse_ExtendButton_CarriesTheSongAndTheTake()
    {
        var data = CallbackData.Parse("x:210000001:12:2");

        Assert.Equal(new CallbackData(CallbackAction.Extend, 210000001, "12:2"), data);
        Assert.Equal(new TakeReference(12, 2), TakeReference.Parse(data!.Argument));
    }

    [Fact]
    public void TryEncode_ArgumentPast64Bytes_GivesNull()
    {
        Assert.Null(new CallbackData(CallbackAction.SetModel, 1, new string('é', 40)).TryEncode());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("queue:skip")]
    [InlineData("g")]
    [InlineData("zz:123")]
    [InlineData("g:not-a-number")]
    public void Parse_ForeignOrBrokenData_GivesNull(string? data)
    {
        Assert.Null(CallbackData.Parse(data));
    }
}
