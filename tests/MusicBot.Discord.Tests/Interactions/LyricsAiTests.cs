using MusicBot.Core.Operations;
using MusicBot.Discord.Tests.Support;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Interactions;

/// <summary><c>/music lyrics-ai</c>: AI lyrics written into the draft, answered privately like the draft commands.</summary>
public sealed class LyricsAiTests : OperationsScenario
{
    [Fact]
    public async Task LyricsAi_Topic_ShowsBothVariantsPrivatelyAndSavesTheFirstToTheDraft()
    {
        var ask = await Discord.SlashAsync(People.Mason, "music lyrics-ai", ("topic", "a lighthouse keeper @everyone"));
        var progress = await Discord.WaitForReplyAsync(ask);
        await Discord.WaitUntilAsync(() => Discord.FollowUps(ask).Count == 2 && progress!.Content!.Contains("written", StringComparison.Ordinal), "both variants");

        Assert.True(progress!.IsEphemeral);
        Assert.StartsWith("✅ **Song #1 “Variant 1: a lighthouse keeper @everyone”**: lyrics written, 2 versions below", progress.Content, StringComparison.Ordinal);
        Assert.Empty(progress.CustomIds());
        var variants = Discord.FollowUps(ask);
        Assert.All(variants, v => Assert.True(v.IsEphemeral));
        Assert.Equal(
            "\\[Verse\\]\nA song about a lighthouse keeper @everyone, take 1\n\\[Chorus\\]\nSing it loud, take 1",
            Embed(variants[0], "description"));
        Assert.StartsWith("✅ This one is saved to your draft", variants[0].Current["embeds"]![0]!["fields"]![0]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Not saved.", variants[1].Current["embeds"]![0]!["fields"]![0]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("a lighthouse keeper @everyone", Provider.Requests.Single().Operation!.Prompt);
        Assert.Equal(OperationKind.Lyrics, Provider.Requests.Single().OperationKind);

        var draft = await Discord.WaitForReplyAsync(await Discord.SlashAsync(People.Mason, "music draft show"));
        var lyrics = draft!.Current["embeds"]![0]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "Lyrics")!["value"]!.GetValue<string>();
        Assert.Contains("A song about a lighthouse keeper @everyone, take 1", lyrics, StringComparison.Ordinal);
        Assert.Equal(10, await DatabaseFile.ScalarAsync<long>(Bot.DataDirectory, "SELECT balance FROM credit_accounts"));
        AssertNoMentionsAnywhere();
    }

    [Fact]
    public async Task LyricsAi_NoTopicAndNoStyle_AsksForATopicAndSendsNothing()
    {
        var refused = await Discord.WaitForReplyAsync(await Discord.SlashAsync(People.Mason, "music lyrics-ai"));

        Assert.True(refused!.IsEphemeral);
        Assert.Equal(
            "AI lyrics need a topic: say what the song is about after the command (e.g. \"a rainy night in the city\"). Nothing was charged.",
            refused.Content);
        Assert.Empty(Provider.Requests);
    }
}
