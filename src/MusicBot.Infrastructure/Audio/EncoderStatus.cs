namespace MusicBot.Infrastructure.Audio;

/// <summary>
/// What the start-up check found: MP3 works (a test tone was encoded and read back), or WAV is delivered and
/// <see cref="Detail"/> says why and what to do. Never holds a secret: paths and ffmpeg's own words only.
/// </summary>
public sealed record EncoderStatus(bool CanEncodeMp3, string Detail)
{
    /// <summary>The format takes are delivered in: <c>mp3</c> or <c>wav</c>.</summary>
    public string Format => CanEncodeMp3 ? "mp3" : "wav";

    public static EncoderStatus Mp3(string detail) => new(true, detail);

    public static EncoderStatus Wav(string reason) => new(false, reason);
}
