using MusicBot.Infrastructure.Audio;

namespace MusicBot.Infrastructure.Tests.Audio;

public sealed class AudioOptionsValidatorTests
{
    [Fact]
    public void Validate_FolderThatDoesNotExist_NamesTheKeyAndWhatToGive()
    {
        var result = new AudioOptionsValidator().Validate(null, new AudioOptions { FfmpegFolder = "/no/such/folder" });

        Assert.True(result.Failed);
        Assert.Equal(
            "MusicBot:Audio:FfmpegFolder '/no/such/folder' is not a folder; give the folder that holds ffmpeg and ffprobe (e.g. /usr/bin), or leave it empty to look them up on PATH.",
            Assert.Single(result.Failures!));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/")]
    public void Validate_NoFolderOrAnExistingOne_Passes(string? folder)
    {
        Assert.True(new AudioOptionsValidator().Validate(null, new AudioOptions { FfmpegFolder = folder }).Succeeded);
    }
}
