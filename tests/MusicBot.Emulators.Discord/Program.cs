using System.Globalization;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.Scripting;

// The standalone emulator: start it, point the bot at it, and use Discord from this console.
var port = args.SkipWhile(a => a != "--port").Skip(1).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).FirstOrDefault(5099);
var options = new EmulatorOptions { Port = port };
if (args.SkipWhile(a => a != "--token").Skip(1).FirstOrDefault() is { } token)
{
    options = options with { Token = token };
}

await using var emulator = await DiscordEmulator.StartAsync(options);
Console.WriteLine($"""
    Discord emulator on {emulator.BaseUrl} (gateway {emulator.BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal)}/gateway).
    Run the bot against it:
      MusicBot__Discord__BotToken='{options.Token}' \
      MusicBot__Discord__ApiBaseUrl={emulator.ApiBaseUrl} \
      MusicBot__Discord__GuildIds__0={options.GuildId} dotnet run --project src/MusicBot
    For HTTP interactions, add MusicBot__Discord__PublicKey={emulator.Signer.PublicKeyHex} (and MusicBot__Discord__GatewayEnabled=false),
    then here: endpoint http://127.0.0.1:8080/discord/interactions
    Then, here: /music draft set style:"lo-fi piano, rain"   /music generate   click Generate   modal   as <user id> [admin] [role ids]
    Ctrl-D quits.
    """);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
await new ConsoleSession(emulator, Console.In, Console.Out).RunAsync(stop.Token);
