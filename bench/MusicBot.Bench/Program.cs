using System.Diagnostics;
using System.Globalization;
using MusicBot.Infrastructure.Providers.Local.Audio;

// Offline renderer: how long one take of each kind of style takes, and what it allocates.
// Target: a 12 s take renders in well under a second on one core.
string[] styles = ["lo-fi piano, rainy night", "fast upbeat edm dance", "ambient strings, no drums", "punk rock guitar"];
const int Rounds = 5;

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"style",-28} {"audio s",8} {"median ms",10} {"max ms",8} {"alloc MB",9} {"bytes",10}"));
foreach (var style in styles)
{
    var plan = StylePlanner.Plan(style, 1) with { Duration = TimeSpan.FromSeconds(12) };
    TrackSynthesizer.Render(plan with { Duration = TimeSpan.FromSeconds(1) }, Stream.Null);
    var times = new List<double>();
    long allocated = 0, size = 0;
    for (var round = 0; round < Rounds; round++)
    {
        using var output = new MemoryStream();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        TrackSynthesizer.Render(plan, output);
        times.Add(watch.Elapsed.TotalMilliseconds);
        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        size = output.Length;
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{style,-28} {plan.Duration.TotalSeconds,8:F1} {times[Rounds / 2],10:F0} {times[^1],8:F0} {allocated / 1e6,9:F1} {size,10}"));
}
