using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MusicBot.Emulators.Music.Common;

/// <summary>
/// The emulator's file host: every track gets real, downloadable WAV bytes (a short sine tone, 8 kHz, 8-bit mono)
/// and every cover a real 1×1 PNG, served with range support like a CDN. With <see cref="RealFormats"/> it serves
/// what the live services link to instead: tracks as <c>.mp3</c> (<c>audio/mpeg</c>) and covers as JPEG, so a chat
/// platform that only plays MP3 and only takes JPEG thumbnails (Telegram) treats them as it would the real ones.
/// </summary>
public sealed class AudioLibrary
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    // The smallest well-formed baseline JPEG (1×1, grey): SOI, quantisation and Huffman tables, one scan, EOI.
    private static readonly byte[] Jpeg = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");

    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private Uri _baseUrl = new("http://127.0.0.1/");

    public int Downloads { get; private set; }

    /// <summary>Tracks as MP3 and covers as JPEG, like the live services; off by default (WAV is measurable).</summary>
    public bool RealFormats { get; set; }

    public void Bind(Uri baseUrl) => _baseUrl = baseUrl;

    /// <summary>Stores a tone of <paramref name="seconds"/> under <paramref name="name"/> (a .wav name); returns its URL.</summary>
    public string AddTrack(string name, double seconds, double frequency = 440)
    {
        var stored = RealFormats ? Path.ChangeExtension(name, ".mp3") : name;
        _files[stored] = RealFormats ? Mp3(seconds) : Wav(seconds, frequency);
        return new Uri(_baseUrl, $"files/{stored}").AbsoluteUri;
    }

    public string CoverUrl(string name) => new Uri(_baseUrl, $"images/{name}.{(RealFormats ? "jpeg" : "png")}").AbsoluteUri;

    /// <summary>The address a track added as <paramref name="name"/> streams from (the name as given to <see cref="AddTrack"/>).</summary>
    public string StreamUrl(string name) => new Uri(_baseUrl, $"stream/{(RealFormats ? Path.ChangeExtension(name, ".mp3") : name)}").AbsoluteUri;

    public void Map(WebApplication app)
    {
        app.MapGet("/files/{name}", (string name) =>
        {
            if (!_files.TryGetValue(name, out var bytes))
            {
                return Results.NotFound();
            }

            Downloads++;
            return Results.File(bytes, AudioType(name), enableRangeProcessing: true);
        });
        app.MapGet("/stream/{name}", (string name) => _files.TryGetValue(name, out var bytes) ? Results.File(bytes, AudioType(name)) : Results.NotFound());
        app.MapGet("/images/{name}", (string name) =>
            name.EndsWith(".jpeg", StringComparison.Ordinal) ? Results.File(Jpeg, "image/jpeg") : Results.File(Png, "image/png"));
    }

    /// <summary>
    /// Bytes shaped like an MP3 of about <paramref name="seconds"/>: an empty ID3v2 tag, then silent MPEG-1 Layer III
    /// frames (128 kbit/s, 44.1 kHz: 417 bytes, 26 ms each). Nothing here decodes audio; the size and header are right.
    /// </summary>
    public static byte[] Mp3(double seconds)
    {
        const int frameBytes = 417;
        var frames = (int)Math.Ceiling(seconds / 0.026);
        var bytes = new byte[10 + (frames * frameBytes)];
        "ID3"u8.CopyTo(bytes);
        bytes[3] = 4;
        for (var f = 0; f < frames; f++)
        {
            var at = 10 + (f * frameBytes);
            bytes[at] = 0xFF;
            bytes[at + 1] = 0xFB;
            bytes[at + 2] = 0x90;
            bytes[at + 3] = 0x64;
        }

        return bytes;
    }

    private static string AudioType(string name) => name.EndsWith(".mp3", StringComparison.Ordinal) ? "audio/mpeg" : "audio/wav";

    public static byte[] Wav(double seconds, double frequency)
    {
        const int rate = 8000;
        var samples = (int)(seconds * rate);
        using var stream = new MemoryStream(44 + samples);
        using (var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true))
        {
            writer.Write("RIFF"u8);
            writer.Write(36 + samples);
            writer.Write("WAVEfmt "u8);
            writer.Write(16);
            writer.Write((short)1);
            writer.Write((short)1);
            writer.Write(rate);
            writer.Write(rate);
            writer.Write((short)1);
            writer.Write((short)8);
            writer.Write("data"u8);
            writer.Write(samples);
            for (var i = 0; i < samples; i++)
            {
                writer.Write((byte)(128 + (60 * Math.Sin(2 * Math.PI * frequency * i / rate))));
            }
        }

        return stream.ToArray();
    }
}
