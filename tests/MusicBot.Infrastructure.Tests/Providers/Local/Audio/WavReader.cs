using System.Buffers.Binary;
using System.Text;

namespace MusicBot.Infrastructure.Tests.Providers.Local.Audio;

// A deliberately independent WAV parser: it walks the chunks the way a player would and refuses any
// size that disagrees with the bytes actually present.
internal static class WavReader
{
    public static WavFile Read(byte[] bytes)
    {
        Require(bytes.Length >= 12, "file shorter than a RIFF header");
        Require(Id(bytes, 0) == "RIFF", "missing RIFF");
        var riffSize = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4));
        Require(riffSize == bytes.Length - 8, $"RIFF size {riffSize} but {bytes.Length - 8} bytes follow");
        Require(Id(bytes, 8) == "WAVE", "missing WAVE");

        WavFormatChunk? format = null;
        short[]? samples = null;
        var dataSize = 0;
        var position = 12;
        while (position + 8 <= bytes.Length)
        {
            var id = Id(bytes, position);
            var size = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(position + 4));
            var body = position + 8;
            Require(size >= 0 && body + size <= bytes.Length, $"chunk '{id}' overruns the file");
            if (id == "fmt ")
            {
                format = ReadFormat(bytes.AsSpan(body, size));
            }
            else if (id == "data")
            {
                dataSize = size;
                samples = new short[size / 2];
                for (var i = 0; i < samples.Length; i++)
                {
                    samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(body + (2 * i)));
                }
            }

            position = body + size + (size % 2);
        }

        Require(position == bytes.Length, "trailing bytes after the last chunk");
        Require(format is not null, "no fmt chunk");
        Require(samples is not null, "no data chunk");
        return new WavFile(format!, riffSize, dataSize, samples!);
    }

    private static WavFormatChunk ReadFormat(ReadOnlySpan<byte> body)
    {
        Require(body.Length >= 16, "fmt chunk too short");
        return new WavFormatChunk(
            BinaryPrimitives.ReadInt16LittleEndian(body),
            BinaryPrimitives.ReadInt16LittleEndian(body[2..]),
            BinaryPrimitives.ReadInt32LittleEndian(body[4..]),
            BinaryPrimitives.ReadInt32LittleEndian(body[8..]),
            BinaryPrimitives.ReadInt16LittleEndian(body[12..]),
            BinaryPrimitives.ReadInt16LittleEndian(body[14..]));
    }

    private static string Id(byte[] bytes, int offset) => Encoding.ASCII.GetString(bytes, offset, 4);

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException($"Invalid WAV: {problem}.");
        }
    }
}
