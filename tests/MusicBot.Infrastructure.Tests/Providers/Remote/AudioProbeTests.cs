using MusicBot.Emulators.Music.Common;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Tests.Providers.Remote;

public sealed class AudioProbeTests
{
    [Fact]
    public void Measure_Wav_DataSizeOverByteRate() =>
        Assert.Equal(2.5, AudioProbe.Measure(AudioLibrary.Wav(2.5, 440), 20_044)!.Value, 3);

    [Fact]
    public void Measure_CbrMp3AfterAnId3Tag_FileSizeOverBitRate()
    {
        // ID3v2 header with a 10-byte tag, then an MPEG-1 layer III frame header: 128 kbit/s, 44.1 kHz, stereo.
        byte[] head = [.. "ID3"u8, 4, 0, 0, 0, 0, 0, 10, .. new byte[10], 0xFF, 0xFB, 0x90, 0x00, .. new byte[400]];
        var total = 20 + (128_000 / 8 * 3); // three seconds of audio after the tag

        Assert.Equal(3.0, AudioProbe.Measure(head, total)!.Value, 2);
    }

    [Fact]
    public void Measure_Mp3WithXingFrameCount_UsesTheCount()
    {
        var frame = new byte[600];
        frame[0] = 0xFF;
        frame[1] = 0xFB;
        frame[2] = 0x50; // 64 kbit/s, 44.1 kHz
        "Xing"u8.CopyTo(frame.AsSpan(36));
        frame[43] = 1; // flags: frame count present
        frame[46] = 0x01; // 0x0000_0100 = 256 frames
        frame[47] = 0x00;

        Assert.Equal(256 * 1152 / 44100.0, AudioProbe.Measure(frame, 1_000_000)!.Value, 3);
    }

    [Fact]
    public void Measure_NotAudio_IsUnknown() => Assert.Null(AudioProbe.Measure("<html>nope</html>"u8, 16));

    [Fact]
    public async Task DurationAsync_FromTheEmulatorsFileHost_ReadsTheHead()
    {
        await using var emulator = new MusicBot.Emulators.Music.Topview.TopviewEmulator();
        await emulator.StartAsync();
        var url = emulator.Files.AddTrack("probe.wav", 3.25);
        using var http = new HttpClient();

        Assert.Equal(3.25, (await new AudioProbe(http).DurationAsync(url, CancellationToken.None))!.Value, 3);
        Assert.Null(await new AudioProbe(http).DurationAsync(new Uri(emulator.BaseUrl, "files/missing.wav").AbsoluteUri, CancellationToken.None));
    }
}
