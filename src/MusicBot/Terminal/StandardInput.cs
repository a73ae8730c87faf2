namespace MusicBot.Terminal;

/// <summary>
/// Whether the process was started with its stdin closed. The runtime then opens its own descriptors first, and one
/// of them (a pipe it both reads and writes, for its signal handling) lands on descriptor 0: reading that as input
/// blocks for ever and takes the runtime's own wake-ups. Linux tells through /proc whose pipe descriptor 0 is.
/// </summary>
internal static class StandardInput
{
    private const int AccessModeMask = 3;

    private const int WriteOnly = 1;

    public static bool IsClosed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var stdin = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (stdin is null || !stdin.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return false;
            }

            // A real stdin pipe is written by another process; this process holding its write end means it made it.
            return Directory.GetFileSystemEntries("/proc/self/fd")
                .Select(Path.GetFileName)
                .Where(fd => fd is not (null or "0") && new FileInfo($"/proc/self/fd/{fd}").LinkTarget == stdin)
                .Any(fd => IsWriteOnly(fd!));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A descriptor closed while we looked, or no /proc: read stdin as usual.
            return false;
        }
    }

    private static bool IsWriteOnly(string fd)
    {
        var flags = File.ReadLines($"/proc/self/fdinfo/{fd}").FirstOrDefault(l => l.StartsWith("flags:", StringComparison.Ordinal));
        return flags is not null && (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & AccessModeMask) == WriteOnly;
    }
}
