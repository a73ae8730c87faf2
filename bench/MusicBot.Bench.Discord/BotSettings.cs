using MusicBot.Emulators.Discord;

namespace MusicBot.Bench.Discord;

/// <summary>The settings both Discord benches start the bot with: its data folder and the emulator it talks to.</summary>
internal static class BotSettings
{
    public static Dictionary<string, string?> For(DiscordEmulator discord, DirectoryInfo data) => new()
    {
        ["MusicBot:DataDirectory"] = data.FullName,
        ["MusicBot:Discord:BotToken"] = discord.Options.Token,
        ["MusicBot:Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
        ["MusicBot:Discord:GuildIds:0"] = discord.Options.GuildId,
    };
}
