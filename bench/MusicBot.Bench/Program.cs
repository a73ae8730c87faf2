using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MusicBot.Infrastructure.Audio;
using MusicBot.Infrastructure.Providers.Local.Audio;

// Offline renderer: how long one take of each kind of style takes, and what it allocates; then what making it an MP3
// (ffmpeg through FFMpegCore, as the offline provider does) adds, as a ratio to the render time of the same run.
// Target: a 12 s take renders in well under a second on one core, and encoding costs less than rendering.
string[] styles = ["lo-fi piano, rainy night", "fast upbeat edm dance", "ambient strings, no drums", "punk rock guitar"];
const int Rounds = 5;
const int EncodeRounds = 3;

var scratch = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"musicbot-bench-{Guid.NewGuid():N}")).FullName;
var encoder = new Mp3Encoder(Options.Create(new AudioOptions()), TimeProvider.System, NullLogger<Mp3Encoder>.Instance);
var check = Stopwatch.StartNew();
var status = await encoder.StatusAsync(CancellationToken.None);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"encoder check: {check.Elapsed.TotalMilliseconds:F0} ms, {status.Detail}"));
Console.WriteLine();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{"style",-28} {"audio s",8} {"median ms",10} {"max ms",8} {"alloc MB",9} {"bytes",10} {"encode ms",10} {"enc/render",10} {"mp3 bytes",10}"));
try
{
    foreach (var style in styles)
    {
        await MeasureAsync(style, TimeSpan.FromSeconds(12), Rounds);
    }

    // A long take, once: the encode's process start-up is spread over more audio.
    await MeasureAsync(styles[0], TimeSpan.FromSeconds(120), 1);
}
finally
{
    Directory.Delete(scratch, recursive: true);
}

async Task MeasureAsync(string style, TimeSpan duration, int rounds)
{
    var plan = StylePlanner.Plan(style, 1) with { Duration = duration };
    TrackSynthesizer.Render(plan with { Duration = TimeSpan.FromSeconds(1) }, Stream.Null);
    var times = new List<double>();
    long allocated = 0;
    byte[] wav = [];
    for (var round = 0; round < rounds; round++)
    {
        using var output = new MemoryStream();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        TrackSynthesizer.Render(plan, output);
        times.Add(watch.Elapsed.TotalMilliseconds);
        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        wav = output.ToArray();
    }

    times.Sort();
    var render = times[rounds / 2];
    var (encode, mp3Bytes) = await EncodeAsync(wav, duration);
    var encodeText = encode is { } ms ? ms.ToString("F0", CultureInfo.InvariantCulture) : "n/a";
    var ratio = encode is { } e ? (e / render).ToString("F2", CultureInfo.InvariantCulture) : "n/a";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{style,-28} {duration.TotalSeconds,8:F1} {render,10:F0} {times[^1],8:F0} {allocated / 1e6,9:F1} {wav.Length,10} {encodeText,10} {ratio,10} {mp3Bytes,10}"));
}

// The median of a few encodes of the rendered take, from its WAV file as the provider does; n/a without ffmpeg.
async Task<(double? Milliseconds, long Bytes)> EncodeAsync(byte[] wav, TimeSpan duration)
{
    if (!status.CanEncodeMp3)
    {
        return (null, 0);
    }

    var wavPath = Path.Combine(scratch, "take.wav");
    var mp3Path = Path.Combine(scratch, "take.mp3");
    await File.WriteAllBytesAsync(wavPath, wav);
    var times = new List<double>();
    for (var round = 0; round < EncodeRounds; round++)
    {
        var watch = Stopwatch.StartNew();
        // Encode and the ffprobe read-back the provider does after it: the whole step a take waits for.
        _ = await encoder.EncodeAsync(wavPath, duration, mp3Path, new AudioTags("Bench take", "MusicBot"), CancellationToken.None)
            ?? throw new InvalidOperationException($"ffmpeg passed the check but this encode failed: {(await encoder.StatusAsync(CancellationToken.None)).Detail}");
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return (times[EncodeRounds / 2], new FileInfo(mp3Path).Length);
}
