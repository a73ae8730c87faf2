using MusicBot.Discord.Commands;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Interactions;

/// <summary>Regenerate on a finished song, and an interaction Discord delivers twice.</summary>
public sealed class RegenerateTests : IAsyncLifetime
{
    private DiscordEmulator _discord = null!;
    private DiscordBotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _discord = await DiscordEmulator.StartAsync();
        _bot = await DiscordBotHost.StartAsync(_discord);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task Regenerate_ByTheRequester_MakesTwoMoreTracksFromTheSameSettings()
    {
        var first = await _discord.SlashAsync(People.Ian, "music generate", ("style", "reggae"), ("title", "Sunny"));
        var done = await _discord.WaitForReplyAsync(first);
        await _discord.WaitUntilAsync(() => done!.Content!.Contains("is done", StringComparison.Ordinal), "the first song");
        await _discord.WaitForReplyAsync(await _discord.SlashAsync(People.Ian, "music draft set", ("title", "Changed")));

        var again = await _discord.ClickAsync(People.Ian, done!, CustomIds.RegenerateTask(1));
        var progress = await _discord.WaitForReplyAsync(again);
        await _discord.WaitUntilAsync(() => _discord.FollowUps(again).Count == 2 && progress!.Content!.Contains("is done", StringComparison.Ordinal), "the regenerated song");

        Assert.Contains("Song #2 “Sunny (take 1)”", progress!.Content, StringComparison.Ordinal);
        Assert.Equal(8, await DatabaseFile.ScalarAsync<long>(_bot.DataDirectory, "SELECT balance FROM credit_accounts"));
    }

    [Fact]
    public async Task Regenerate_BySomeoneElse_RefusedPrivately()
    {
        var first = await _discord.SlashAsync(People.Ian, "music generate", ("style", "reggae"));
        var done = await _discord.WaitForReplyAsync(first);
        await _discord.WaitUntilAsync(() => done!.Content!.Contains("is done", StringComparison.Ordinal), "the first song");

        var other = await _discord.WaitForReplyAsync(await _discord.ClickAsync(People.Mason, done!, CustomIds.RegenerateTask(1)));

        Assert.True(other!.IsEphemeral);
        Assert.Contains($"Only <@{People.Ian.Id}> can regenerate this song", other.Content, StringComparison.Ordinal);
        Assert.Equal(1, await DatabaseFile.ScalarAsync<long>(_bot.DataDirectory, "SELECT COUNT(*) FROM tasks"));
        Assert.Empty(_discord.Record.Violations);
    }

    [Fact]
    public async Task Generate_SameInteractionDispatchedTwice_OneTaskOneAnswer()
    {
        await _discord.WaitForReplyAsync(await _discord.SlashAsync(People.Ian, "music draft set", ("style", "techno")));
        var generate = await _discord.SlashAsync(People.Ian, "music generate");

        await _discord.DispatchRawAsync(generate.Payload, People.Ian);
        await _discord.WaitForReplyAsync(generate);

        Assert.Equal(1, await DatabaseFile.ScalarAsync<long>(_bot.DataDirectory, "SELECT COUNT(*) FROM tasks"));
        Assert.DoesNotContain(_discord.Record.Requests, r => r.Code == 40060);
    }
}
