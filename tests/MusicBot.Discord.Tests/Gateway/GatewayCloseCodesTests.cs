using MusicBot.Discord.Gateway;

namespace MusicBot.Discord.Tests.Gateway;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(4004, ReconnectAction.Fatal)]
    [InlineData(4010, ReconnectAction.Fatal)]
    [InlineData(4011, ReconnectAction.Fatal)]
    [InlineData(4012, ReconnectAction.Fatal)]
    [InlineData(4013, ReconnectAction.Fatal)]
    [InlineData(4014, ReconnectAction.Fatal)]
    [InlineData(4003, ReconnectAction.Reidentify)]
    [InlineData(4007, ReconnectAction.Reidentify)]
    [InlineData(4009, ReconnectAction.Reidentify)]
    [InlineData(4000, ReconnectAction.Resume)]
    [InlineData(4001, ReconnectAction.Resume)]
    [InlineData(4002, ReconnectAction.Resume)]
    [InlineData(4005, ReconnectAction.Resume)]
    [InlineData(4008, ReconnectAction.Resume)]
    [InlineData(1000, ReconnectAction.Resume)]
    [InlineData(1006, ReconnectAction.Resume)]
    [InlineData(null, ReconnectAction.Resume)]
    public void Classify_DocumentedTable_DecidesLikeTheReference(int? code, ReconnectAction expected) =>
        Assert.Equal(expected, GatewayCloseCodes.Classify(code));
}
