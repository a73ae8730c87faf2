using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MusicBot.Core;
using MusicBot.Discord;
using MusicBot.Discord.Http;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.State;
using MusicBot.Infrastructure;
using MusicBot.Infrastructure.Storage;

// Discord HTTP interactions: from the emulator's signed POST to the first answer it accepts (the 3-second deadline),
// for /music credits (answered inline) and /music draft set (a database write), in waves as users would send them.
// The floor is a signed PING answered with PONG in the same run: the HTTP round trip and the signature check alone.
// With "gateway" as argument the same interactions go over the emulated gateway instead, for comparison.
// With "burst": bursts of 200 and 1,000 gateway interactions (BurstBench); "connections=N" caps the REST pool.
if (args.Contains("burst"))
{
    var cap = args.FirstOrDefault(a => a.StartsWith("connections=", StringComparison.Ordinal)) is { } arg ? int.Parse(arg["connections=".Length..], CultureInfo.InvariantCulture) : (int?)null;
    await MusicBot.Bench.Discord.BurstBench.RunAsync(cap);
    return;
}

var overGateway = args.Contains("gateway");
const int Waves = 20;
const int PerWave = 10;
var data = Directory.CreateTempSubdirectory("musicbot-bench-");
await using var discord = await DiscordEmulator.StartAsync();
var builder = WebApplication.CreateSlimBuilder();
builder.Configuration.Sources.Clear();
var settings = MusicBot.Bench.Discord.BotSettings.For(discord, data);
settings["MusicBot:Discord:PublicKey"] = discord.Signer.PublicKeyHex;
settings["MusicBot:Discord:GatewayEnabled"] = overGateway ? "true" : "false";
builder.Configuration.AddInMemoryCollection(settings);
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Services.AddMusicBotCore().AddMusicBotInfrastructure().AddDiscordAdapter(builder.Configuration);
await using var bot = builder.Build();
await bot.Services.GetRequiredService<IStoreMigrator>().MigrateAsync(null, CancellationToken.None);
bot.MapDiscordInteractions();
await bot.StartAsync();
var url = bot.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + DiscordInteractionsEndpoint.Route;
await discord.WaitUntilAsync(() => !discord.State.Commands.IsEmpty, "the commands");
if (!overGateway)
{
    await discord.SetInteractionsEndpointAsync(url);
}

Console.WriteLine($"interactions over {(overGateway ? "the gateway" : "HTTP")}");

var ping = new System.Text.Json.Nodes.JsonObject { ["id"] = "1", ["application_id"] = discord.Options.ApplicationId, ["type"] = 1, ["token"] = "t", ["version"] = 1 };
var floor = new List<double>();
for (var i = 0; i < Waves * PerWave; i++)
{
    var started = System.Diagnostics.Stopwatch.GetTimestamp();
    await discord.PostSignedAsync(url, ping);
    floor.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"interaction",-22} {"n",5} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"late",5} {"p50/floor",10}"));
Print("PING (floor)", floor, 0, Percentile(floor, 0.5));
foreach (var command in new[] { "music credits", "music draft set" })
{
    var latencies = new List<double>();
    var late = 0;
    var deferred = 0;
    // Wave -1 warms up (JIT, first database writes) and is not counted.
    for (var wave = -1; wave < Waves; wave++)
    {
        var users = Enumerable.Range(0, PerWave).Select(i => EmulatedUser.Member((200000000000000000L + ((wave + 1) * PerWave) + i).ToString(CultureInfo.InvariantCulture))).ToList();
        var sent = await Task.WhenAll(users.Select(u => command == "music draft set"
            ? discord.SlashAsync(u, command, ("style", $"bench {u.Id}"))
            : discord.SlashAsync(u, command)));
        foreach (var interaction in sent)
        {
            await discord.WaitForReplyAsync(interaction);
            if (wave >= 0)
            {
                latencies.Add(interaction.AckLatency!.Value.TotalMilliseconds);
                late += interaction.LateBy is null ? 0 : 1;
                deferred += interaction.ResponseType == 5 ? 1 : 0;
            }
        }
    }

    Print($"/{command}", latencies, late, Percentile(floor, 0.5));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-22} deferred after the 1 s ack budget: {deferred}"));
}

await bot.StopAsync();
data.Delete(recursive: true);

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

static void Print(string name, List<double> values, int late, double floorP50) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-22} {values.Count,5} {Percentile(values, 0.5),8:F1} {Percentile(values, 0.99),8:F1} {values.Max(),8:F1} {late,5} {Percentile(values, 0.5) / floorP50,10:F1}"));
