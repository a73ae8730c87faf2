using System.Buffers.Binary;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>The first MPEG audio frame header (layer III), and the frame count of its Xing/Info header if any.</summary>
internal readonly record struct Mp3Frame(int Bitrate, int SampleRate, int SamplesPerFrame, long? XingFrames)
{
    private static readonly int[] Mpeg1Rates = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0];
    private static readonly int[] Mpeg2Rates = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0];
    private static readonly int[] SampleRates = [44100, 48000, 32000, 0];

    public static bool TryParse(ReadOnlySpan<byte> data, out Mp3Frame frame)
    {
        frame = default;
        if (data.Length < 4 || data[0] != 0xFF || (data[1] & 0xE0) != 0xE0)
        {
            return false;
        }

        var version = (data[1] >> 3) & 0x3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
        var layer = (data[1] >> 1) & 0x3;   // 1 = layer III
        var bitrateIndex = data[2] >> 4;
        var rateIndex = (data[2] >> 2) & 0x3;
        if (version == 1 || layer != 1 || bitrateIndex is 0 or 15 || rateIndex == 3)
        {
            return false;
        }

        var isMpeg1 = version == 3;
        var sampleRate = SampleRates[rateIndex] / (isMpeg1 ? 1 : version == 2 ? 2 : 4);
        var bitrate = (isMpeg1 ? Mpeg1Rates : Mpeg2Rates)[bitrateIndex] * 1000;
        var samples = isMpeg1 ? 1152 : 576;
        var isMono = (data[3] >> 6) == 3;
        var sideInfo = isMpeg1 ? (isMono ? 17 : 32) : (isMono ? 9 : 17);
        var tag = 4 + sideInfo;
        long? frames = null;
        if (data.Length >= tag + 12 && (data.Slice(tag, 4).SequenceEqual("Xing"u8) || data.Slice(tag, 4).SequenceEqual("Info"u8))
            && (BinaryPrimitives.ReadUInt32BigEndian(data.Slice(tag + 4, 4)) & 1) == 1)
        {
            frames = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(tag + 8, 4));
        }

        frame = new Mp3Frame(bitrate, sampleRate, samples, frames);
        return true;
    }
}
