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
}
