using MusicBot.Infrastructure.Providers.Local.Audio;

namespace MusicBot.Infrastructure.Tests.Providers.Local.Audio;

public sealed class StableHashTests
{
    [Theory]
    [InlineData("", 0xcbf29ce484222325UL)]
    [InlineData("a", 0xaf63dc4c8601ec8cUL)]
    [InlineData("foobar", 0x85944171f73967e8UL)]
    public void Fnv1a64_KnownVector_MatchesReferenceValue(string text, ulong expected)
    {
        Assert.Equal(expected, StableHash.Fnv1a64(text));
    }

    [Fact]
    public void Fnv1a64_NonAsciiText_HashesUtf8Bytes()
    {
        Assert.Equal(StableHash.Fnv1a64("ça"u8), StableHash.Fnv1a64("ça"));
    }
}
