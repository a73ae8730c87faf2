using System.Collections.Concurrent;
using MusicBot.Infrastructure.Providers.Local.Audio;

namespace MusicBot.Infrastructure.Tests.Providers.Local.Audio;

// Renders are cached per plan: several tests look at the same track and rendering is the slow part.
internal static class AudioRenders
{
    private static readonly ConcurrentDictionary<MusicPlan, Lazy<byte[]>> Cache = new();

    public static byte[] Render(string style, int variation = 1) => Render(StylePlanner.Plan(style, variation));

    public static byte[] Render(MusicPlan plan) =>
        Cache.GetOrAdd(plan, p => new Lazy<byte[]>(() => RenderUncached(p))).Value;

    public static byte[] RenderUncached(MusicPlan plan)
    {
        using var stream = new MemoryStream();
        TrackSynthesizer.Render(plan, stream);
        return stream.ToArray();
    }
}
