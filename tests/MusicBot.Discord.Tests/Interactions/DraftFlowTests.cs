using System.Text;
using MusicBot.Core.Songs;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Discord.Tests.Interactions;

/// <summary>Building a draft with <c>/music draft</c>, the lyrics modal and the preview's buttons, then generating from it.</summary>
public sealed class DraftFlowTests : DiscordScenario
{
    [Fact]
    public async Task DraftSet_ThenModalAndButtons_BuildsDraftAndGeneratesBothTracks()
    {
        var set = await ReplyAsync(await Discord.SlashAsync(People.Mason, "music draft set", ("style", "synthwave, 110 bpm"), ("title", "Neon"), ("vocal_gender", "f")));
        Assert.True(set.IsEphemeral);
        Assert.Contains("Draft updated.", Embed(set, "description"), StringComparison.Ordinal);
        Assert.Equal("synthwave, 110 bpm", Field(set, "Style"));

        var lyrics = await Discord.SlashAsync(People.Mason, "music draft lyrics");
        await Discord.WaitUntilAsync(() => lyrics.IsAcknowledged, "the modal");
        Assert.Equal(9, lyrics.ResponseType);
        var saved = await ReplyAsync(await Discord.SubmitModalAsync(People.Mason, lyrics, (CustomIds.LyricsInput, "[Verse]\nCity lights\n[Chorus]\nNeon nights")));
        Assert.Contains("Lyrics saved.", Embed(saved, "description"), StringComparison.Ordinal);
        Assert.Equal("\\[Verse\\]\nCity lights\n\\[Chorus\\]\nNeon nights", Field(saved, "Lyrics"));

        var toggled = await Discord.ClickAsync(People.Mason, saved, CustomIds.Instrumental);
        await Discord.WaitForReplyAsync(toggled);
        Assert.Equal(7, toggled.ResponseType);
        Assert.Equal("on", Field(saved, "Instrumental"));
        var edit = await Discord.ClickAsync(People.Mason, saved, CustomIds.EditLyrics);
        await Discord.WaitUntilAsync(() => edit.IsAcknowledged, "the lyrics modal from the button");
        Assert.Equal("[Verse]\nCity lights\n[Chorus]\nNeon nights", edit.Modal!["components"]![0]!["component"]!["value"]!.GetValue<string>());

        var generate = await Discord.ClickAsync(People.Mason, saved, CustomIds.Generate);
        var progress = await Discord.WaitForReplyAsync(generate);
        await Discord.WaitUntilAsync(() => Discord.FollowUps(generate).Count == 2 && progress!.Content!.Contains("is done", StringComparison.Ordinal), "the generated tracks");

        Assert.False(progress!.IsEphemeral);
        Assert.All(Discord.FollowUps(generate), track => Assert.Single(track.Attachments));
        Assert.Contains("Neon (take 1)", Discord.FollowUps(generate)[0].Current["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(Discord.Record.Violations);
    }

    [Fact]
    public async Task DraftLyrics_TxtAttachment_SetsLyricsLongerThanAModal()
    {
        var text = string.Join('\n', Enumerable.Range(1, 300).Select(i => $"Line {i} of a long song"));
        var file = Discord.AddUserFile("lyrics.txt", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text));

        var reply = await ReplyAsync(await Discord.SlashAsync(People.Ian, "music draft lyrics", ("file", file)));

        Assert.True(text.Length > 4000);
        Assert.Contains("Lyrics saved.", Embed(reply, "description"), StringComparison.Ordinal);
        Assert.StartsWith("Line 1 of a long song\nLine 2", Field(reply, "Lyrics"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftLyrics_NotText_RefusedWithoutDownloading()
    {
        var file = Discord.AddUserFile("cover.png", "image/png", [0x89, 0x50, 0x4E, 0x47]);

        var reply = await ReplyAsync(await Discord.SlashAsync(People.Ian, "music draft lyrics", ("file", file)));

        Assert.Equal("Lyrics files must be plain text (.txt).", reply.Content);
    }

    [Fact]
    public async Task DraftSet_UnknownModel_RefusesThatFieldKeepsTheOthers()
    {
        var reply = await ReplyAsync(await Discord.SlashAsync(People.Ian, "music draft set", ("model", "v99"), ("style", "ambient")));

        Assert.Contains("Not changed: model: local has no model 'v99'", Embed(reply, "description"), StringComparison.Ordinal);
        Assert.Equal("ambient", Field(reply, "Style"));
    }

    [Fact]
    public async Task ClearButton_OnPreview_EmptiesDraftInPlace()
    {
        var preview = await ReplyAsync(await Discord.SlashAsync(People.Ian, "music draft set", ("style", "jazz")));

        var clear = await Discord.ClickAsync(People.Ian, preview, CustomIds.Clear);
        await Discord.WaitForReplyAsync(clear);

        Assert.Equal("(none)", Field(preview, "Style"));
        Assert.Contains("Draft cleared.", Embed(preview, "description"), StringComparison.Ordinal);
        Assert.Equal("(none)", Field(await ReplyAsync(await Discord.SlashAsync(People.Ian, "music draft show")), "Style"));
    }

    private async Task<EmulatedMessage> ReplyAsync(EmulatedInteraction interaction) =>
        await Discord.WaitForReplyAsync(interaction) ?? throw new InvalidOperationException("No message was sent.");

    private static string Embed(EmulatedMessage message, string field) => message.Current["embeds"]![0]![field]!.GetValue<string>();

    private static string Field(EmulatedMessage message, string name) =>
        message.Current["embeds"]![0]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == name)!["value"]!.GetValue<string>();
}
