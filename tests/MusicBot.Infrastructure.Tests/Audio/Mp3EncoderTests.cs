using System.Buffers.Binary;
using FFMpegCore;
using FFMpegCore.Enums;
using MusicBot.Infrastructure.Audio;
using MusicBot.Infrastructure.Providers.Local.Audio;
using MusicBot.Infrastructure.Tests.Providers.Local.Audio;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Audio;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class Mp3EncoderTests : IDisposable
{
    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [FfmpegFact]
    public async Task StatusAsync_FfmpegOnPath_SaysMp3AfterEncodingTheTestTone()
    {
        var status = await AudioWorld.Encoder(null).StatusAsync(CancellationToken.None);

        Assert.True(status.CanEncodeMp3, status.Detail);
        Assert.Equal("mp3", status.Format);
        Assert.Matches(@"^MP3 192 kbps via ffmpeg \S+ in /\S+ \(a test tone encoded and read back in \d+ ms\)$", status.Detail);
    }

    [Fact]
    public async Task StatusAsync_ConfiguredFolderWithoutFfmpeg_SaysWavAndWhyEvenWhenPathHasOne()
    {
        var folder = AudioWorld.NoFfmpegFolder(_data.Path);
        var encoder = AudioWorld.Encoder(folder);

        var status = await encoder.StatusAsync(CancellationToken.None);

        Assert.False(status.CanEncodeMp3);
        Assert.StartsWith($"WAV, because there is no ffmpeg in {folder} (MusicBot:Audio:FfmpegFolder). ", status.Detail, StringComparison.Ordinal);
        Assert.Contains("apt-get install ffmpeg", status.Detail, StringComparison.Ordinal);
        var wav = WriteTake(Path.Combine(_data.Path, "take.wav"));
        Assert.Null(await encoder.EncodeAsync(wav, TimeSpan.FromSeconds(4), Path.Combine(_data.Path, "take.mp3"), Tags, CancellationToken.None));
        Assert.Equal(["take.wav"], Directory.GetFiles(_data.Path).Select(Path.GetFileName));
    }

    [UnixFact]
    public async Task StatusAsync_FfmpegThatCannotMakeMp3_SaysWavWithFfmpegsOwnError()
    {
        var folder = FakeFfmpeg("echo \"Unknown encoder 'libmp3lame'\" >&2; exit 1");

        var status = await AudioWorld.Encoder(folder).StatusAsync(CancellationToken.None);

        Assert.False(status.CanEncodeMp3);
        Assert.StartsWith($"WAV, because ffmpeg in {folder} could not encode a test tone to MP3: Unknown encoder 'libmp3lame'. ", status.Detail, StringComparison.Ordinal);
    }

    [FfmpegFact(NeedsUnix = true)]
    public async Task StatusAsync_FfmpegThatWritesSomethingElse_IsCaughtByReadingTheToneBack()
    {
        // Exits 0 but copies the WAV input to the output: only reading the result back shows it is no MP3.
        var folder = FakeFfmpeg("in=\"$2\"; for a; do out=\"$prev\"; prev=\"$a\"; done; cp \"$in\" \"$out\"", withProbe: false);
        File.CreateSymbolicLink(Path.Combine(folder, "ffprobe"), FfmpegBinaries.Locate(null, Environment.GetEnvironmentVariable("PATH")).Found!.Folder + "/ffprobe");

        var status = await AudioWorld.Encoder(folder).StatusAsync(CancellationToken.None);

        Assert.False(status.CanEncodeMp3);
        Assert.Contains("could not encode a test tone to MP3: the output's audio is pcm_s16le, not mp3", status.Detail, StringComparison.Ordinal);
    }

    [UnixFact]
    public async Task StatusAsync_FfmpegWithoutFfprobe_SaysWav()
    {
        var folder = FakeFfmpeg("exit 0", withProbe: false);

        var status = await AudioWorld.Encoder(folder).StatusAsync(CancellationToken.None);

        Assert.Equal($"WAV, because ffmpeg is in {folder} but ffprobe is not next to it", status.Detail.Split(". ")[0]);
    }

    [FfmpegFact]
    public async Task EncodeAsync_RenderedTake_WritesATaggedMp3OfTheSameLengthWhoseFramesDecodeToTheMusic()
    {
        var encoder = AudioWorld.Encoder(null);
        var wav = WriteTake(Path.Combine(_data.Path, "take.wav"));
        var source = WavReader.Read(await File.ReadAllBytesAsync(wav));
        var mp3 = Path.Combine(_data.Path, "take.mp3");
        var tags = new AudioTags("Ünïcode \"title\" = a; b # c \\ d", "MusicBot");

        var info = await encoder.EncodeAsync(wav, source.Duration, mp3, tags, CancellationToken.None);

        Assert.NotNull(info);
        Assert.Equal(("mp3", tags.Title, tags.Artist), (info.Codec, info.Title, info.Artist));
        Assert.InRange((info.Duration - source.Duration).TotalSeconds, -0.01, 0.1);
        Assert.InRange(info.BitRate, 190_000, 194_000);
        Assert.False(File.Exists(mp3 + ".part"));

        // A player's view: an ID3v2.3 tag, then nothing but MPEG-1 layer III frames at 44.1 kHz to the end of the file.
        var bytes = await File.ReadAllBytesAsync(mp3);
        Assert.Equal("ID3"u8.ToArray(), bytes[..3]);
        Assert.Equal(3, bytes[3]);
        var frames = CountFrames(bytes, 10 + SyncSafe(bytes.AsSpan(6, 4)));
        var expected = source.Samples.Length / 2 / 1152.0;
        Assert.InRange(frames, expected, expected + 4);

        // ...and those frames carry the music: decoded, they match the master within MP3's loss.
        var decoded = await DecodeAsync(mp3);
        Assert.InRange(decoded.Length - source.Samples.Length, 0, 2 * 1152 * 2);
        Assert.True(Snr(source.Samples, decoded) > 15, $"decoded MP3 is {Snr(source.Samples, decoded):0.0} dB from the master");
    }

    [FfmpegFact]
    public async Task EncodeAsync_InputThatIsNoAudio_ReturnsNullLeavesNoFileAndReportsTheFailure()
    {
        var encoder = AudioWorld.Encoder(null);
        var wav = Path.Combine(_data.Path, "broken.wav");
        await File.WriteAllTextAsync(wav, "not audio at all");
        var mp3 = Path.Combine(_data.Path, "broken.mp3");

        Assert.Null(await encoder.EncodeAsync(wav, TimeSpan.FromSeconds(3), mp3, Tags, CancellationToken.None));

        Assert.False(File.Exists(mp3));
        Assert.False(File.Exists(mp3 + ".part"));
        var status = await encoder.StatusAsync(CancellationToken.None);
        Assert.True(status.CanEncodeMp3);
        Assert.Contains("; the last encoding failed: ", status.Detail, StringComparison.Ordinal);
    }

    private static AudioTags Tags { get; } = new("Take", "MusicBot");

    private static string WriteTake(string path)
    {
        var plan = StylePlanner.Plan("lo-fi piano, rainy night", 1) with { Duration = TimeSpan.FromSeconds(4) };
        File.WriteAllBytes(path, AudioRenders.Render(plan));
        return path;
    }

    /// <summary>
    /// A folder with a shell script named ffmpeg (and ffprobe) standing in for the real one. It answers -version as
    /// ffmpeg does, since FFMpegCore runs that first to see that the binary exists: existing is not working.
    /// </summary>
    private string FakeFfmpeg(string body, bool withProbe = true)
    {
        var folder = Path.Combine(_data.Path, $"fake-ffmpeg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        foreach (var name in withProbe ? ["ffmpeg", "ffprobe"] : new[] { "ffmpeg" })
        {
            var script = Path.Combine(folder, name);
            File.WriteAllText(script, $"#!/bin/sh\n[ \"$1\" = -version ] && echo '{name} version 9.9-fake' && exit 0\n{(name == "ffmpeg" ? body : "exit 1")}\n");
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return folder;
    }

    private static int SyncSafe(ReadOnlySpan<byte> size) => (size[0] << 21) | (size[1] << 14) | (size[2] << 7) | size[3];

    /// <summary>Walks MPEG-1 layer III frame headers from <paramref name="offset"/>; fails at anything that is not one.</summary>
    private static int CountFrames(byte[] bytes, int offset)
    {
        int[] rates = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0];
        var count = 0;
        while (offset + 4 <= bytes.Length)
        {
            var header = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset));
            Assert.True((header & 0xFFFE0000) == 0xFFFA0000, $"no MPEG-1 layer III frame at byte {offset}");
            Assert.Equal(0u, (header >> 10) & 3); // 44.1 kHz
            var bitrate = rates[(header >> 12) & 0xF] * 1000;
            offset += (144 * bitrate / 44100) + (int)((header >> 9) & 1);
            count++;
        }

        Assert.Equal(bytes.Length, offset);
        return count;
    }

    private async Task<short[]> DecodeAsync(string mp3)
    {
        var raw = Path.Combine(_data.Path, "decoded.raw");
        var binaries = FfmpegBinaries.Locate(null, Environment.GetEnvironmentVariable("PATH")).Found!;
        await FFMpegArguments.FromFileInput(mp3)
            .OutputToFile(raw, overwrite: true, o => o.WithAudioCodec(AudioCodec.PcmS16Le).ForceFormat("s16le"))
            .ProcessAsynchronously(throwOnError: true, binaries.Options);
        var bytes = await File.ReadAllBytesAsync(raw);
        var samples = new short[bytes.Length / 2];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(2 * i));
        }

        return samples;
    }

    private static double Snr(short[] reference, short[] decoded)
    {
        double signal = 0, noise = 0;
        for (var i = 0; i < reference.Length; i++)
        {
            signal += (double)reference[i] * reference[i];
            var difference = (double)reference[i] - decoded[i];
            noise += difference * difference;
        }

        return 10 * Math.Log10(signal / noise);
    }
}
