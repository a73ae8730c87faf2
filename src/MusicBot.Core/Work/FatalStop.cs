using Microsoft.Extensions.Hosting;

namespace MusicBot.Core.Work;

/// <summary>
/// Stops the bot for a failure no restart can fix (a rejected token, disallowed intents). The process then exits
/// non-zero, so systemd, Docker and the operator see a failure instead of a clean shutdown. Every adapter stops
/// this way, so the exit code cannot depend on which platform failed.
/// </summary>
public sealed class FatalStop(IHostApplicationLifetime lifetime)
{
    public const int ExitCode = 1;

    public void Stop()
    {
        Environment.ExitCode = ExitCode;
        // Stopping while the host still starts cancels its start (Kestrel's bind throws, and the process would end on
        // that exception): the stop waits for the start, and runs at once when the host is up already.
        lifetime.ApplicationStarted.Register(lifetime.StopApplication);
    }
}
