using System.Buffers.Binary;

namespace MusicBot.Infrastructure.Providers.Local.Audio;

// Canonical RIFF/WAVE files holding 16-bit stereo PCM at 44.1 kHz: a 44-byte header, then the samples.
internal static class WavFormat
{
    public const int HeaderSize = 44;
    public const int SampleRate = DspMath.SampleRate;
    public const short Channels = 2;
    public const short BitsPerSample = 16;
    public const short BlockAlign = Channels * BitsPerSample / 8;
    public const int ByteRate = SampleRate * BlockAlign;

    private const short PcmFormat = 1;
    private const int FmtChunkSize = 16;
    private const int ChunkFrames = 16384;

    // Samples are interleaved left, right, left, right...
    public static void Write(Stream output, ReadOnlySpan<short> samples)
    {
        ArgumentNullException.ThrowIfNull(output);
        var frames = samples.Length / Channels;
        output.Write(Header(frames));
        var buffer = new byte[ChunkFrames * BlockAlign];
        for (var start = 0; start < frames * Channels; start += ChunkFrames * Channels)
        {
            var chunk = samples.Slice(start, Math.Min(ChunkFrames * Channels, (frames * Channels) - start));
            for (var i = 0; i < chunk.Length; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(buffer.AsSpan(2 * i), chunk[i]);
            }

            output.Write(buffer, 0, chunk.Length * 2);
        }
    }

    // Reads back a file this renderer wrote. Anything else (another layout, a truncated file) is refused,
    // since a continuation spliced onto misread samples would be noise.
    public static short[] Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < HeaderSize)
        {
            throw new InvalidDataException("The file is shorter than a WAV header.");
        }

        var dataSize = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(40));
        var frames = dataSize / BlockAlign;
        if (dataSize < 0 || dataSize % BlockAlign != 0 || HeaderSize + dataSize != bytes.Length
            || !bytes.AsSpan(0, HeaderSize).SequenceEqual(Header(frames)))
        {
            throw new InvalidDataException("The file is not a 16-bit stereo 44.1 kHz WAV as the offline renderer writes them.");
        }

        var samples = new short[frames * Channels];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(HeaderSize + (2 * i)));
        }

        return samples;
    }

    private static byte[] Header(int frames)
    {
        var dataSize = checked(frames * BlockAlign);
        var header = new byte[HeaderSize];
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), checked(HeaderSize - 8 + dataSize));
        "WAVE"u8.CopyTo(header.AsSpan(8));
        "fmt "u8.CopyTo(header.AsSpan(12));
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), FmtChunkSize);
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(20), PcmFormat);
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(22), Channels);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(24), SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(28), ByteRate);
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(32), BlockAlign);
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(34), BitsPerSample);
        "data"u8.CopyTo(header.AsSpan(36));
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(40), dataSize);
        return header;
    }
}
