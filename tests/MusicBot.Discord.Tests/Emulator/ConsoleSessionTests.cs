using MusicBot.Core.Songs;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.Scripting;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Emulator;

/// <summary>The standalone emulator's console, driving the real bot the way a person would (a piped script).</summary>
public sealed class ConsoleSessionTests
{
    [Fact]
    public async Task Console_DraftModalGenerateAndFault_PrintsWhatTheUserWouldSee()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        await using var bot = await DiscordBotHost.StartAsync(discord);
        var input = new StringReader("""
            /music draft set style:"lo-fi piano, rain" title:Drizzle
            click Edit lyrics
            modal
            [Verse]
            Drops on the glass
            .
            click Generate
            wait is done
            fault reconnect
            /music credits
            as 1234 
            /music-quota show
            """);
        using var output = new StringWriter();

        await new ConsoleSession(discord, input, output).RunAsync(CancellationToken.None);

        var text = output.ToString();
        Assert.Contains("Draft updated.", text, StringComparison.Ordinal);
        Assert.Contains("[modal] Lyrics: type 'modal' to fill it in.", text, StringComparison.Ordinal);
        Assert.Contains("Lyrics saved.", text, StringComparison.Ordinal);
        Assert.Contains($"📎 song-1-take-2{(AudioWorld.HasFfmpeg ? ".mp3" : ".wav")}", text, StringComparison.Ordinal);
        Assert.Contains("You have **9 credits**", text, StringComparison.Ordinal);
        Assert.Contains("Only members with the **Manage Server** permission", text, StringComparison.Ordinal);
        Assert.DoesNotContain("! ", text, StringComparison.Ordinal);
    }
}
