using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MusicBot.Emulators.Music.Common;

/// <summary>
/// The emulator's file host: every track gets real, downloadable WAV bytes (a short sine tone, 8 kHz, 8-bit mono)
/// and every cover a real 1×1 PNG, served with range support like a CDN.
/// </summary>
public sealed class AudioLibrary
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private Uri _baseUrl = new("http://127.0.0.1/");

    public int Downloads { get; private set; }

    public void Bind(Uri baseUrl) => _baseUrl = baseUrl;

    /// <summary>Stores a tone of <paramref name="seconds"/> under <paramref name="name"/> (a .wav name); returns its URL.</summary>
    public string AddTrack(string name, double seconds, double frequency = 440)
    {
        _files[name] = Wav(seconds, frequency);
        return new Uri(_baseUrl, $"files/{name}").AbsoluteUri;
    }

    public string CoverUrl(string name) => new Uri(_baseUrl, $"images/{name}.png").AbsoluteUri;

    public string StreamUrl(string name) => new Uri(_baseUrl, $"stream/{name}").AbsoluteUri;

    public void Map(WebApplication app)
    {
        app.MapGet("/files/{name}", (string name) =>
        {
            if (!_files.TryGetValue(name, out var bytes))
            {
                return Results.NotFound();
            }

            Downloads++;
            return Results.File(bytes, "audio/wav", enableRangeProcessing: true);
        });
        app.MapGet("/stream/{name}", (string name) => _files.TryGetValue(name, out var bytes) ? Results.File(bytes, "audio/wav") : Results.NotFound());
        app.MapGet("/images/{name}", (string name) => Results.File(Png, "image/png"));
    }

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
