namespace MusicBot.Testing;

/// <summary>A fact that stands shell scripts with Unix file modes in for programs: skipped on Windows.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public const string SkipReason = "stands shell scripts with Unix file modes in for ffmpeg, which Windows has not";

    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = SkipReason;
        }
    }
}
