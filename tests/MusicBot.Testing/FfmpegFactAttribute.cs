namespace MusicBot.Testing;

/// <summary>A fact that needs ffmpeg with an MP3 encoder: skipped, saying how to install it, when it is absent.</summary>
public sealed class FfmpegFactAttribute : FactAttribute
{
    public FfmpegFactAttribute()
    {
        if (!AudioWorld.HasFfmpeg)
        {
            Skip = AudioWorld.SkipReason;
        }
    }

    /// <summary>The test also stands shell scripts in for ffmpeg's tools, which needs a Unix system.</summary>
    public bool NeedsUnix
    {
        get => false;
        init
        {
            if (value && OperatingSystem.IsWindows())
            {
                Skip = UnixFactAttribute.SkipReason;
            }
        }
    }
}
