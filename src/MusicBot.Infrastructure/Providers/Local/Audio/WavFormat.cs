using System.Buffers.Binary;

namespace MusicBot.Infrastructure.Providers.Local.Audio;

// The 44-byte header of a canonical RIFF/WAVE file holding 16-bit PCM.
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

    public static void WriteHeader(Stream output, int frames)
    {
        ArgumentNullException.ThrowIfNull(output);
        var dataSize = checked(frames * BlockAlign);
        Span<byte> header = stackalloc byte[HeaderSize];
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], checked(HeaderSize - 8 + dataSize));
        "WAVE"u8.CopyTo(header[8..]);
        "fmt "u8.CopyTo(header[12..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], FmtChunkSize);
        BinaryPrimitives.WriteInt16LittleEndian(header[20..], PcmFormat);
        BinaryPrimitives.WriteInt16LittleEndian(header[22..], Channels);
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(header[28..], ByteRate);
        BinaryPrimitives.WriteInt16LittleEndian(header[32..], BlockAlign);
        BinaryPrimitives.WriteInt16LittleEndian(header[34..], BitsPerSample);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[40..], dataSize);
        output.Write(header);
    }
}
