using System.Buffers.Binary;

namespace MusicBot.Tests.Support;

/// <summary>Reads the header of a PCM WAV file, to check that what the bot wrote is playable audio.</summary>
public sealed record WavInfo(int Channels, int SampleRate, int BitsPerSample, TimeSpan Duration)
{
    public static WavInfo Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal("WAVE", System.Text.Encoding.ASCII.GetString(bytes, 8, 4));
        var offset = 12;
        int channels = 0, rate = 0, bits = 0;
        while (offset + 8 <= bytes.Length)
        {
            var id = System.Text.Encoding.ASCII.GetString(bytes, offset, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset + 4));
            if (id == "fmt ")
            {
                Assert.Equal(1, BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(offset + 8)));
                channels = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(offset + 10));
                rate = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset + 12));
                bits = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(offset + 22));
            }
            else if (id == "data")
            {
                Assert.Equal(bytes.Length - offset - 8, size);
                var seconds = (double)size / (rate * channels * (bits / 8));
                return new WavInfo(channels, rate, bits, TimeSpan.FromSeconds(seconds));
            }

            offset += 8 + size;
        }

        throw new InvalidDataException($"{path} has no data chunk.");
    }
}
