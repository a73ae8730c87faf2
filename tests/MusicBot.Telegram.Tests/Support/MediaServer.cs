using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MusicBot.Telegram.Tests.Support;

/// <summary>
/// A provider's CDN on 127.0.0.1: MP3 tracks, WAV files and a JPEG cover, served with their types and lengths, so the
/// bot (download and upload) and the emulator (fetch by URL) move real bytes over HTTP.
/// </summary>
public sealed class MediaServer : IAsyncDisposable
{
    public static readonly byte[] Mp3 = [0x49, 0x44, 0x33, 0x04, 0x00, .. Enumerable.Range(0, 48_000).Select(i => (byte)(i * 31 % 251))];
    public static readonly byte[] Wav = [.. "RIFF"u8, 0x24, 0x40, 0x00, 0x00, .. "WAVEfmt "u8, .. Enumerable.Range(0, 16_000).Select(i => (byte)(i * 7 % 253))];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Range(0, 3_000).Select(i => (byte)(i % 199)), 0xFF, 0xD9];

    private readonly WebApplication _app;
    private int _requests;

    private MediaServer(WebApplication app)
    {
        _app = app;
    }

    public string BaseUrl { get; private set; } = "";

    public int Requests => _requests;

    /// <summary>When set, /audio serves an MP3 of this many bytes, streamed (a 60 MB song costs the test no 60 MB of memory).</summary>
    public long? AudioSize { get; set; }

    public static async Task<MediaServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new MediaServer(app);
        app.MapGet("/audio/{name}", async (HttpContext http, string name) =>
        {
            Interlocked.Increment(ref server._requests);
            http.Response.ContentType = "audio/mpeg";
            if (server.AudioSize is not { } size)
            {
                http.Response.ContentLength = Mp3.Length;
                await http.Response.Body.WriteAsync(Mp3);
                return;
            }

            http.Response.ContentLength = size;
            await http.Response.Body.WriteAsync(Mp3.AsMemory(0, (int)Math.Min(size, Mp3.Length)));
            var filler = new byte[64 * 1024];
            for (var sent = (long)Mp3.Length; sent < size; sent += filler.Length)
            {
                await http.Response.Body.WriteAsync(filler.AsMemory(0, (int)Math.Min(filler.Length, size - sent)));
            }
        });
        app.MapGet("/wav/{name}", async (HttpContext http, string name) =>
        {
            http.Response.ContentType = "audio/wav";
            http.Response.ContentLength = Wav.Length;
            await http.Response.Body.WriteAsync(Wav);
        });
        app.MapGet("/cover.jpg", async (HttpContext http) =>
        {
            http.Response.ContentType = "image/jpeg";
            http.Response.ContentLength = Jpeg.Length;
            await http.Response.Body.WriteAsync(Jpeg);
        });
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
