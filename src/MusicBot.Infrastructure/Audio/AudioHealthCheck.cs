using MusicBot.Core.Observability;

namespace MusicBot.Infrastructure.Audio;

/// <summary>
/// <c>audio</c> in <c>/readyz</c>: which format the bot delivers and why (the start-up check's finding, and the last
/// encoding failure if one happened since). WAV is a working fallback, not an outage, so it never makes the bot
/// unready; the detail is what tells an operator whether the image's ffmpeg does its job.
/// </summary>
public sealed class AudioHealthCheck(Mp3Encoder encoder) : IHealthCheck
{
    public string Name => "audio";

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken) =>
        HealthReport.Healthy((await encoder.StatusAsync(cancellationToken)).Detail);
}
