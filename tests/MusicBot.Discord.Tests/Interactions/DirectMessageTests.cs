using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Interactions;

/// <summary>Commands registered globally (no guild ids): usable in a DM, where a user is their own scope.</summary>
public sealed class DirectMessageTests : IAsyncLifetime
{
    private DiscordEmulator _discord = null!;
    private DiscordBotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _discord = await DiscordEmulator.StartAsync();
        _bot = await DiscordBotHost.StartAsync(_discord, new() { ["global-commands"] = "yes" });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task Credits_InDirectMessage_UsesThePersonalScope()
    {
        var reply = await _discord.WaitForReplyAsync(await _discord.SlashAsync(People.Owner, "music credits", inDm: true));

        Assert.Contains("You have **10 credits**", reply!.Current["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal($"dm-{People.Owner.Id}", await DatabaseFile.ScalarAsync<string>(_bot.DataDirectory, "SELECT scope_id FROM credit_accounts"));
    }

    [Fact]
    public async Task Quota_GlobalRegistration_OnlyInGuildsAndForManageServer()
    {
        var quota = _discord.State.Commands["global"].Single(c => c!["name"]!.GetValue<string>() == "music-quota")!;

        Assert.Equal("32", quota["default_member_permissions"]!.GetValue<string>());
        await Assert.ThrowsAsync<ArgumentException>(() => _discord.SlashAsync(People.Owner, "music-quota show", inDm: true));
    }
}
