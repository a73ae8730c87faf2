using MusicBot.Infrastructure.Providers.Local.Audio;

namespace MusicBot.Infrastructure.Tests.Providers.Local.Audio;

public sealed class WavFormatTests
{
    [Fact]
    public void Read_FileTheRendererWrote_GivesBackItsSamples()
    {
        var bytes = AudioRenders.Render("happy pop");

        Assert.Equal(WavReader.Read(bytes).Samples, WavFormat.Read(bytes));
    }

    [Fact]
    public void Read_MonoFile_IsRefused()
    {
        var bytes = AudioRenders.Render("happy pop").ToArray();
        bytes[22] = 1;

        var error = Assert.Throws<InvalidDataException>(() => WavFormat.Read(bytes));
        Assert.Contains("16-bit stereo 44.1 kHz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedFile_IsRefused()
    {
        var bytes = AudioRenders.Render("happy pop");

        Assert.Throws<InvalidDataException>(() => WavFormat.Read(bytes[..^2]));
    }
}
