using System.Globalization;
using System.Runtime.InteropServices;
using MusicBot.Emulators.Music.Common;
using MusicBot.Emulators.Music.MusicApi;
using MusicBot.Emulators.Music.SunoApi;
using MusicBot.Emulators.Music.Topview;

namespace MusicBot.Emulators.Music;

/// <summary>The standalone emulator: parse the command line, start one provider, print how to point the bot at it, run until Ctrl-C.</summary>
public static class EmulatorCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Length == 0 || args[0] is not ("sunoapi" or "musicapi" or "topview"))
        {
            await output.WriteLineAsync("usage: <sunoapi|musicapi|topview> [--port N] [--api-key KEY] [--stage-delay 00:00:02] [--credits N] [--uid UID] [--webhook-secret S] [--real-shapes]");
            return 2;
        }

        var options = Parse(args[1..]);
        await using var emulator = Create(args[0], options);
        emulator.ApiKey = options.GetValueOrDefault("api-key", "emulator-key");
        emulator.StageDelay = TimeSpan.Parse(options.GetValueOrDefault("stage-delay", "00:00:02"), CultureInfo.InvariantCulture);
        emulator.Callbacks.RetryDelay = TimeSpan.FromSeconds(5);
        await emulator.StartAsync(int.Parse(options.GetValueOrDefault("port", "5055"), CultureInfo.InvariantCulture));

        var section = args[0] switch { "sunoapi" => "SunoApi", "musicapi" => "MusicApi", _ => "Topview" };
        await output.WriteLineAsync($"{args[0]} emulator listening on {emulator.BaseUrl}");
        await output.WriteLineAsync($"Point the bot at it: MusicBot__DefaultProvider={args[0]} MusicBot__Providers__{section}__BaseUrl={emulator.BaseUrl} MusicBot__Providers__{section}__ApiKey={emulator.ApiKey}");
        if (emulator is TopviewEmulator topview)
        {
            await output.WriteLineAsync($"  and MusicBot__Providers__Topview__Uid={topview.Uid}");
        }

        await output.WriteLineAsync("Ctrl-C stops it.");
        var stop = new TaskCompletionSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, stop));
        await stop.Task;
        return 0;
    }

    private static void Stop(PosixSignalContext context, TaskCompletionSource stop)
    {
        context.Cancel = true;
        stop.TrySetResult();
    }

    private static EmulatorServer Create(string provider, Dictionary<string, string> options)
    {
        var credits = options.TryGetValue("credits", out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : (double?)null;
        return provider switch
        {
            "sunoapi" => new SunoApiEmulator { RealShapes = options.ContainsKey("real-shapes"), Credits = credits ?? 1000 },
            "musicapi" => new MusicApiEmulator { Credits = credits ?? 1000, DefaultWebhookSecret = options.GetValueOrDefault("webhook-secret", "vendor-default-secret") },
            _ => new TopviewEmulator { Uid = options.GetValueOrDefault("uid", "emulator-uid"), Credits = credits ?? 100 },
        };
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            var name = args[i][2..];
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[name] = hasValue ? args[++i] : "true";
        }

        return options;
    }
}
