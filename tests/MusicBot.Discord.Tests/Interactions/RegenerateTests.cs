using MusicBot.Discord.Commands;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Interactions;

/// <summary>Regenerate on a finished song, and an interaction Discord delivers twice.</summary>
public sealed class RegenerateTests : DiscordScenario
{
    [Fact]
    public async Task Regenerate_ByTheRequester_MakesTwoMoreTracksFromTheSameSettings()
    {
        var first = await Discord.SlashAsync(People.Ian, "music generate", ("style", "reggae"), ("title", "Sunny"));
        var done = await Discord.WaitForReplyAsync(first);
        await Discord.WaitUntilAsync(() => done!.Content!.Contains("is done", StringComparison.Ordinal), "the first song");
        await Discord.WaitForReplyAsync(await Discord.SlashAsync(People.Ian, "music draft set", ("title", "Changed")));

        var again = await Discord.ClickAsync(People.Ian, done!, CustomIds.RegenerateTask(1));
        var progress = await Discord.WaitForReplyAsync(again);
        await Discord.WaitUntilAsync(() => Discord.FollowUps(again).Count == 2 && progress!.Content!.Contains("is done", StringComparison.Ordinal), "the regenerated song");

        Assert.Contains("Song #2 “Sunny (take 1)”", progress!.Content, StringComparison.Ordinal);
        Assert.Equal(8, await DatabaseFile.ScalarAsync<long>(Bot.DataDirectory, "SELECT balance FROM credit_accounts"));
    }

    [Fact]
    public async Task Regenerate_BySomeoneElse_RefusedPrivately()
    {
        var first = await Discord.SlashAsync(People.Ian, "music generate", ("style", "reggae"));
        var done = await Discord.WaitForReplyAsync(first);
        await Discord.WaitUntilAsync(() => done!.Content!.Contains("is done", StringComparison.Ordinal), "the first song");

        var other = await Discord.WaitForReplyAsync(await Discord.ClickAsync(People.Mason, done!, CustomIds.RegenerateTask(1)));

        Assert.True(other!.IsEphemeral);
        Assert.Contains($"Only <@{People.Ian.Id}> can regenerate this song", other.Content, StringComparison.Ordinal);
        Assert.Equal(1, await DatabaseFile.ScalarAsync<long>(Bot.DataDirectory, "SELECT COUNT(*) FROM tasks"));
        Assert.Empty(Discord.Record.Violations);
    }

    [Fact]
    public async Task Generate_SameInteractionDispatchedTwice_OneTaskOneAnswer()
    {
        await Discord.WaitForReplyAsync(await Discord.SlashAsync(People.Ian, "music draft set", ("style", "techno")));
        var generate = await Discord.SlashAsync(People.Ian, "music generate");

        await Discord.DispatchRawAsync(generate.Payload, People.Ian);
        await Discord.WaitForReplyAsync(generate);

        Assert.Equal(1, await DatabaseFile.ScalarAsync<long>(Bot.DataDirectory, "SELECT COUNT(*) FROM tasks"));
        Assert.DoesNotContain(Discord.Record.Requests, r => r.Code == 40060);
    }
}
