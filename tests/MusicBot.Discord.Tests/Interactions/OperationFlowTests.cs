using MusicBot.Core.Operations;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Tests.Support;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Interactions;

/// <summary>
/// Operations end to end: the real bot, a provider that can run them, the emulated Discord. A song is generated, then
/// extended from its track's button, split into stems or converted by slash command, and refused when it cannot be.
/// </summary>
public sealed class OperationFlowTests : OperationsScenario
{
    [Fact]
    public async Task ExtendButton_OnATake_DeliversTheExtendedTakesAndChargesForThem()
    {
        var generate = await GenerateAsync(People.Ian, "city pop", "Night Drive");
        var secondTake = Discord.FollowUps(generate)[1];
        Assert.Equal(CustomIds.ExtendTake(1, 2), secondTake.CustomIds().Single());

        var extend = await Discord.ClickAsync(People.Ian, secondTake, CustomIds.ExtendTake(1, 2));
        var progress = await Discord.WaitForReplyAsync(extend);
        await Discord.WaitUntilAsync(() => Discord.FollowUps(extend).Count == 2 && progress!.Content!.Contains("is extended", StringComparison.Ordinal), "the extended takes");

        Assert.False(progress!.IsEphemeral);
        Assert.Contains(progress.Versions, v => v["content"]?.GetValue<string>().Contains("(extension of song #1) is queued", StringComparison.Ordinal) == true);
        Assert.Contains("✅ **Song #2 “Night Drive”** is extended: 2 tracks below, 1 credit charged.", progress.Content, StringComparison.Ordinal);
        var sent = Provider.Requests[^1].Operation!;
        Assert.Equal((OperationKind.Extend, 1L, 2, "ops-1-2", null), (sent.Kind, sent.SourceTaskId, sent.SourceTrackIndex, sent.SourceTrackId, sent.ContinueAtSeconds));
        Assert.All(Discord.FollowUps(extend), take =>
        {
            Assert.EndsWith(".mp3", Assert.Single(take.Attachments).Filename, StringComparison.Ordinal);
            Assert.Equal("2:35", take.Current["embeds"]![0]!["fields"]![0]!["value"]!.GetValue<string>());
        });
        Assert.Equal(CustomIds.ExtendTake(2, 1), Discord.FollowUps(extend)[0].CustomIds().Single());
        Assert.Equal(8, await DatabaseFile.ScalarAsync<long>(Bot.DataDirectory, "SELECT balance FROM credit_accounts"));
        Assert.Equal(0, await DatabaseFile.LedgerMismatchesAsync(Bot.DataDirectory));
        AssertNoMentionsAnywhere();
    }

    [Fact]
    public async Task ExtendButton_BySomeoneElse_RefusedPrivatelyAndNothingStarts()
    {
        var generate = await GenerateAsync(People.Ian, "city pop", "Night Drive");

        var other = await Discord.WaitForReplyAsync(await Discord.ClickAsync(People.Mason, Discord.FollowUps(generate)[0], CustomIds.ExtendTake(1, 1)));

        Assert.True(other!.IsEphemeral);
        Assert.Equal($"Only <@{People.Ian.Id}> can extend this song. Extend one of yours with `/music extend`.", other.Content);
        Assert.Single(Provider.Requests);
        Assert.Equal(1, await DatabaseFile.ScalarAsync<long>(Bot.DataDirectory, "SELECT COUNT(*) FROM tasks"));
        AssertNoMentionsAnywhere();
    }

    [Fact]
    public async Task Extend_SongTakeAndFrom_ContinuesThatTakeFromThatSecond()
    {
        await GenerateAsync(People.Ian, "city pop", "Night Drive");

        var extend = await Discord.SlashAsync(People.Ian, "music extend", ("song", 1), ("take", 2), ("from", 42.5));
        var progress = await Discord.WaitForReplyAsync(extend);
        await Discord.WaitUntilAsync(() => Discord.FollowUps(extend).Count == 2 && progress!.Content!.Contains("is extended", StringComparison.Ordinal), "the extended takes");

        var sent = Provider.Requests[^1].Operation!;
        Assert.Equal((OperationKind.Extend, 1L, 2, 42.5), (sent.Kind, sent.SourceTaskId, sent.SourceTrackIndex, sent.ContinueAtSeconds));
        // 42.5 + 60 seconds, shown rounded to even.
        Assert.Equal("1:42", Discord.FollowUps(extend)[0].Current["embeds"]![0]!["fields"]![0]!["value"]!.GetValue<string>());
        AssertNoMentionsAnywhere();
    }

    [Fact]
    public async Task Extend_SongThatIsNotTheirs_SpecificPrivateRefusalAndNothingCharged()
    {
        await GenerateAsync(People.Ian, "city pop", "Night Drive");

        var refused = await Discord.WaitForReplyAsync(await Discord.SlashAsync(People.Ian, "music extend", ("song", 999)));

        Assert.True(refused!.IsEphemeral);
        Assert.Equal("Song #999 is not one of yours here. Your songs are listed by the history command. Nothing was charged.", refused.Content);
        Assert.Single(Provider.Requests);
        Assert.Equal(1, await DatabaseFile.ScalarAsync<long>(Bot.DataDirectory, "SELECT COUNT(*) FROM tasks"));
        Assert.Equal(9, await DatabaseFile.ScalarAsync<long>(Bot.DataDirectory, "SELECT balance FROM credit_accounts"));
        AssertNoMentionsAnywhere();
    }

    [Fact]
    public async Task AddVocals_SongOfAProviderWithoutThem_NamesTheProviderThatHasThem()
    {
        var local = await Discord.SlashAsync(People.Ian, "music generate", ("style", "ambient"), ("provider", "local"));
        var progress = await Discord.WaitForReplyAsync(local);
        await Discord.WaitUntilAsync(() => Discord.FollowUps(local).Count == 2 && progress!.Content!.Contains("is done", StringComparison.Ordinal), "the local song");
        Assert.All(Discord.FollowUps(local), take => Assert.All(take.CustomIds(), id => Assert.StartsWith("mb:ext:", id, StringComparison.Ordinal)));

        var refused = await Discord.WaitForReplyAsync(await Discord.SlashAsync(People.Ian, "music add-vocals", ("song", 1)));

        Assert.True(refused!.IsEphemeral);
        Assert.Equal("local does not offer adding vocals. sunoapi does; switch with the provider command. Nothing was charged.", refused.Content);
        Assert.Empty(Provider.Requests);
        Assert.Equal(9, await DatabaseFile.ScalarAsync<long>(Bot.DataDirectory, "SELECT balance FROM credit_accounts"));
    }

    [Fact]
    public async Task Stems_LatestSong_DeliversOneAttachedFilePerStem()
    {
        await GenerateAsync(People.Ian, "city pop", "Night Drive");

        var stems = await Discord.SlashAsync(People.Ian, "music stems");
        var progress = await Discord.WaitForReplyAsync(stems);
        await Discord.WaitUntilAsync(() => Discord.FollowUps(stems).Count == 2 && progress!.Content!.Contains("is split into stems", StringComparison.Ordinal), "the stems");

        Assert.Equal("✅ **Song #2** is split into stems: 2 stems below, 1 credit charged.", progress!.Content);
        Assert.Empty(progress.CustomIds());
        Assert.Equal(
            [("song-2-stem-1.mp3", "🎚️ Night Drive (vocals)"), ("song-2-stem-2.mp3", "🎚️ Night Drive (instrumental)")],
            Discord.FollowUps(stems).Select(m => (Assert.Single(m.Attachments).Filename, Embed(m, "title"))).ToList());
        Assert.All(Discord.FollowUps(stems), stem => Assert.Empty(stem.CustomIds()));
        Assert.Equal((OperationKind.Stems, 1L, 1), (Provider.Requests[^1].OperationKind, Provider.Requests[^1].Operation!.SourceTaskId, Provider.Requests[^1].Operation!.SourceTrackIndex));
        Assert.Equal(8, await DatabaseFile.ScalarAsync<long>(Bot.DataDirectory, "SELECT balance FROM credit_accounts"));
        AssertNoMentionsAnywhere();
    }

    [Fact]
    public async Task Wav_SecondTake_DeliversTheWavFile()
    {
        await GenerateAsync(People.Ian, "city pop", "Night Drive");

        var wav = await Discord.SlashAsync(People.Ian, "music wav", ("song", 1), ("take", 2));
        var progress = await Discord.WaitForReplyAsync(wav);
        await Discord.WaitUntilAsync(() => Discord.FollowUps(wav).Count == 1 && progress!.Content!.Contains("is converted to WAV", StringComparison.Ordinal), "the WAV");

        Assert.Equal("✅ **Song #2 “Night Drive”** is converted to WAV: the WAV file is below, 1 credit charged.", progress!.Content);
        var file = Assert.Single(Discord.FollowUps(wav)[0].Attachments);
        Assert.Equal("song-2-wav.wav", file.Filename);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(file.Bytes, 0, 4));
        Assert.Equal(2, Provider.Requests[^1].Operation!.SourceTrackIndex);
        AssertNoMentionsAnywhere();
    }

    [Fact]
    public async Task AddVocals_DraftWithoutLyrics_SaysWhatIsMissingAndChargesNothing()
    {
        await GenerateAsync(People.Ian, "city pop", "Night Drive");

        var refused = await Discord.WaitForReplyAsync(await Discord.SlashAsync(People.Ian, "music add-vocals"));

        Assert.True(refused!.IsEphemeral);
        Assert.Equal("Adding vocals needs lyrics for the singer: set them with the lyrics command first, then try again. Nothing was charged.", refused.Content);
        Assert.Single(Provider.Requests);
    }

    [Fact]
    public async Task History_AfterAnExtension_ListsSongNumbersAndWhereEachCameFrom()
    {
        await GenerateAsync(People.Ian, "city pop", "Night Drive");
        var extend = await Discord.SlashAsync(People.Ian, "music extend");
        var progress = await Discord.WaitForReplyAsync(extend);
        await Discord.WaitUntilAsync(() => progress!.Content!.Contains("is extended", StringComparison.Ordinal), "the extension");

        var history = await Discord.WaitForReplyAsync(await Discord.SlashAsync(People.Ian, "music history"));

        var lines = Embed(history!, "description").Split('\n');
        Assert.StartsWith("**#2** ", lines[0], StringComparison.Ordinal);
        Assert.Contains("· extension of song #1 · sunoapi", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("**#1** ", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("extension", lines[1], StringComparison.Ordinal);
    }
}
