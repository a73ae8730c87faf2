using System.Text;

namespace MusicBot.Infrastructure.Providers.Local.Audio;

// string.GetHashCode is randomised per process, so plans would change on every restart; FNV-1a is
// fixed forever, which keeps a style's tracks identical across runs, machines and .NET versions.
internal static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Fnv1a64(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Fnv1a64(Encoding.UTF8.GetBytes(text));
    }

    public static ulong Fnv1a64(ReadOnlySpan<byte> data)
    {
        var hash = OffsetBasis;
        foreach (var b in data)
        {
            hash ^= b;
            hash *= Prime;
        }

        return hash;
    }

    // FNV's low bits barely change between similar short texts; the SplitMix64 finaliser spreads every
    // input bit over the whole word before a hash is split into independent choices with a salt.
    public static ulong Mix(ulong value, ulong salt)
    {
        var z = value ^ (salt * 0x9E3779B97F4A7C15);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    public static int Pick(ulong hash, ulong salt, int count) => (int)(Mix(hash, salt) % (ulong)count);
}
