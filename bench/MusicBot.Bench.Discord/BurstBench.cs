using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MusicBot.Core;
using MusicBot.Discord;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Rest;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.State;
using MusicBot.Infrastructure;
using MusicBot.Infrastructure.Storage;

namespace MusicBot.Bench.Discord;

/// <summary>
/// Bursts of gateway interactions (<c>/music draft show</c>, instant work, each from its own user), spread over one second: how soon each is acknowledged (from the emulator's dispatch to its accepted callback), how many were, how many
/// were deferred. The floor is the same burst answered by a plain HttpClient straight to the emulator's callback
/// endpoint, with no bot in between, in the same run, paced the same way. Each size is also sent at once, as fast as the
/// emulator's gateway can write it.
/// </summary>
internal static class BurstBench
{
    private static readonly int[] Sizes = [200, 1000];

    /// <summary>
    /// <paramref name="connections"/> (the argument <c>connections=N</c>) replaces the REST client's handler with one
    /// capped at N connections per server, to measure a cap against the production handler (no argument).
    /// </summary>
    public static async Task RunAsync(int? connections)
    {
        var data = Directory.CreateTempSubdirectory("musicbot-bench-");
        await using var discord = await DiscordEmulator.StartAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(BotSettings.For(discord, data));
        builder.Logging.ClearProviders();
        builder.Services.AddMusicBotCore().AddMusicBotInfrastructure().AddDiscordAdapter(builder.Configuration);
        var connects = 0;
        if (connections is { } cap)
        {
            // Registered after the adapter, so this handler is the one the factory builds; it counts the TCP connects.
            builder.Services.AddHttpClient(DiscordRestClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                MaxConnectionsPerServer = cap,
                ConnectCallback = async (context, cancellationToken) =>
                {
                    Interlocked.Increment(ref connects);
                    var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
                },
            });
        }

        using var bot = builder.Build();
        await bot.Services.GetRequiredService<IStoreMigrator>().MigrateAsync(null, CancellationToken.None);
        await bot.StartAsync();
        await discord.WaitUntilAsync(() => !discord.State.Commands.IsEmpty, "the commands");
        var dispatcher = bot.Services.GetRequiredService<InteractionDispatcher>();
        // The same connection cap as the bot's REST client, so the floor is paced by the same pool.
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections ?? int.MaxValue }) { BaseAddress = new Uri(discord.ApiBaseUrl + "/") };

        Console.WriteLine($"gateway interactions in bursts: /music draft show, one per user, spread over one second (REST connections: {(connections is { } n ? $"at most {n}" : "the production handler")})");
        // Warm-up (JIT, connections, the first database reads), not counted.
        await FloorAsync(discord, http, 50, "warm", TimeSpan.FromSeconds(1));
        await BotAsync(discord, dispatcher, 50, "warm", TimeSpan.FromSeconds(1));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"run",-16} {"n",5} {"sent ms",8} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"acked",6} {"deferred",8} {"late",5} {"not 1 cb",8} {"p50/floor",9} {"p99/floor",9} {"cpu ms/i",9}"));
        foreach (var size in Sizes)
        {
            var floor = await FloorAsync(discord, http, size, $"floor{size}", TimeSpan.FromSeconds(1));
            floor.Print("floor (no bot)", floor);
            var run = await BotAsync(discord, dispatcher, size, $"bot{size}", TimeSpan.FromSeconds(1));
            run.Print("bot", floor);
            // The harsher case: the whole burst as fast as the emulator can send it.
            var floorAtOnce = await FloorAsync(discord, http, size, $"floor-once{size}", TimeSpan.Zero);
            floorAtOnce.Print("floor, at once", floorAtOnce);
            var atOnce = await BotAsync(discord, dispatcher, size, $"once{size}", TimeSpan.Zero);
            atOnce.Print("bot, at once", floorAtOnce);
        }

        if (connections is not null)
        {
            Console.WriteLine($"TCP connections the bot opened to the emulator: {connects}");
        }

        await bot.StopAsync();
        data.Delete(recursive: true);
    }

    /// <summary>The emulator's own round trip: the same burst of callbacks, posted by a client that does no work.</summary>
    private static async Task<Result> FloorAsync(DiscordEmulator discord, HttpClient http, int size, string tag, TimeSpan spread)
    {
        var users = Users(size, tag);
        var cpu = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        var interactions = await Task.WhenAll(users.Select(async (user, n) =>
        {
            await PaceAsync(started, n, size, spread);
            var interaction = discord.CreateUndelivered(user, "music draft show");
            var body = new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "ok", ["flags"] = 64, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } } };
            using var response = await http.PostAsJsonAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", body);
            return interaction;
        }));
        return Result.Of(interactions, Stopwatch.GetElapsedTime(started), Environment.CpuUsage.TotalTime - cpu);
    }

    private static async Task<Result> BotAsync(DiscordEmulator discord, InteractionDispatcher dispatcher, int size, string tag, TimeSpan spread)
    {
        var users = Users(size, tag);
        var cpu = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        var interactions = new List<EmulatedInteraction>(size);
        for (var i = 0; i < size; i++)
        {
            await PaceAsync(started, i, size, spread);
            interactions.Add(await discord.SlashAsync(users[i], "music draft show"));
        }

        var sent = Stopwatch.GetElapsedTime(started);
        await discord.WaitUntilAsync(() => interactions.All(i => (i.IsAcknowledged || i.LateBy is not null) && dispatcher.HasAnswered(i.Id)), "every answer", TimeSpan.FromSeconds(60));
        return Result.Of(interactions, sent, Environment.CpuUsage.TotalTime - cpu);
    }

    /// <summary>Spreads a burst evenly over <paramref name="spread"/>, as users would send it: the n-th goes out n/size of it in.</summary>
    private static async Task PaceAsync(long started, int n, int size, TimeSpan spread)
    {
        var due = spread * (n / (double)size);
        // Within a millisecond of its time it goes at once: a timer is no finer, and spinning would take a core from the bot.
        while (due - Stopwatch.GetElapsedTime(started) is var early && early >= TimeSpan.FromMilliseconds(1))
        {
            await Task.Delay(early);
        }
    }

    private static List<EmulatedUser> Users(int size, string tag)
    {
        var offset = (long)(uint)tag.GetHashCode(StringComparison.Ordinal) * 10000;
        return [.. Enumerable.Range(0, size).Select(i => EmulatedUser.Member((300000000000000000L + offset + i).ToString(CultureInfo.InvariantCulture)))];
    }

    private sealed record Result(int Count, TimeSpan Sent, TimeSpan Cpu, List<double> Latencies, int Deferred, int Late, int NotOneCallback)
    {
        public static Result Of(IReadOnlyList<EmulatedInteraction> interactions, TimeSpan sent, TimeSpan cpu) => new(
            interactions.Count,
            sent,
            cpu,
            [.. interactions.Where(i => i.AckLatency is not null).Select(i => i.AckLatency!.Value.TotalMilliseconds).Order()],
            interactions.Count(i => i.ResponseType == 5),
            interactions.Count(i => i.LateBy is not null),
            interactions.Count(i => i.CallbackCount != 1));

        public double Percentile(double p) => Latencies.Count == 0 ? double.NaN : Latencies[Math.Min(Latencies.Count - 1, (int)Math.Ceiling(p * Latencies.Count) - 1)];

        public void Print(string name, Result floor) =>
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-16} {Count,5} {Sent.TotalMilliseconds,8:F0} {Percentile(0.5),8:F1} {Percentile(0.99),8:F1} {(Latencies.Count == 0 ? double.NaN : Latencies[^1]),8:F1} {Latencies.Count,6} {Deferred,8} {Late,5} {NotOneCallback,8} {Percentile(0.5) / floor.Percentile(0.5),9:F1} {Percentile(0.99) / floor.Percentile(0.99),9:F1} {Cpu.TotalMilliseconds / Count,9:F2}"));
    }
}
