using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;

namespace MusicBot.Discord.Tests.Interactions;

/// <summary>Which operation subcommands the bot registers: only those some configured provider can run.</summary>
public sealed class OperationRegistrationTests
{
    [Fact]
    public async Task Registration_OnlyTheOfflineProvider_OffersItsExtendWavAndStemsOnly()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        await using var bot = await DiscordBotHost.StartAsync(discord);

        Assert.Equal(["generate", "draft", "credits", "history", "extend", "wav", "stems"], Subcommands(discord));
        Assert.Throws<ArgumentException>(() => discord.SlashAsync(People.Ian, "music add-vocals").GetAwaiter().GetResult());
    }

    [Fact]
    public async Task Registration_ProviderWithSomeOperations_OffersExactlyThose()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        var provider = new OperationsProvider(new HashSet<OperationKind> { OperationKind.Stems, OperationKind.Extend, OperationKind.Lyrics }, (name, type, bytes) => discord.AddUserFile(name, type, bytes).Url);
        await using var bot = await DiscordBotHost.StartAsync(discord, services: s => s.AddSingleton<IMusicProvider>(provider));

        // The offline provider stays on next to it and brings its /wav of the master.
        Assert.Equal(["generate", "draft", "credits", "history", "extend", "wav", "stems", "lyrics-ai"], Subcommands(discord));
        Assert.Equal(["song", "take", "from"], OptionsOf(discord, "extend").Select(o => o["name"]!.GetValue<string>()));
        Assert.Equal([(4, 1.0), (4, 1.0), (10, 1.0)], OptionsOf(discord, "extend").Select(o => (o["type"]!.GetValue<int>(), o["min_value"]!.GetValue<double>())));
        Assert.Equal(["song", "take"], OptionsOf(discord, "stems").Select(o => o["name"]!.GetValue<string>()));
        Assert.Equal(["topic"], OptionsOf(discord, "lyrics-ai").Select(o => o["name"]!.GetValue<string>()));
        Assert.All(OptionsOf(discord, "extend").Concat(OptionsOf(discord, "lyrics-ai")), o => Assert.Null(o["required"]));
        Assert.Empty(discord.Record.Violations);
    }

    private static List<string> Subcommands(DiscordEmulator discord) =>
        [.. Music(discord)["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>())];

    private static List<JsonObject> OptionsOf(DiscordEmulator discord, string subcommand) =>
        [.. Music(discord)["options"]!.AsArray().OfType<JsonObject>().Single(o => o["name"]!.GetValue<string>() == subcommand)["options"]!.AsArray().OfType<JsonObject>()];

    private static JsonObject Music(DiscordEmulator discord) =>
        discord.State.Commands[discord.Options.GuildId].OfType<JsonObject>().Single(c => c["name"]!.GetValue<string>() == "music");
}
