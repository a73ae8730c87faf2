using System.Text;
using MusicBot.Core.Delivery;
using MusicBot.Core.Providers;
using MusicBot.Discord.Rendering;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Rendering;

public sealed class LyricsRendererTests
{
    [Fact]
    public void Variant_ShortLyricsSavedToTheDraft_InTheEmbedWithTheSavedLine()
    {
        var (message, file) = LyricsRenderer.Variant(4, Notices.ForLyrics(Variant(1, "[Verse]\n*Rain* on the roof"), savedToDraft: true));

        Assert.Null(file);
        Assert.Null(message.Attachments);
        var embed = Assert.Single(message.Embeds!);
        Assert.Equal("\\[Verse\\]\n\\*Rain\\* on the roof", embed.Description);
        Assert.StartsWith("✅ This one is saved to your draft", embed.Fields!.Single().Value, StringComparison.Ordinal);
        Assert.Equal("Song #4 · version 1", embed.Footer!.Text);
        Assert.Empty(message.AllowedMentions.Parse);
    }

    [Fact]
    public void Variant_LyricsLongerThanAnEmbed_ExcerptShownAndTheWholeTextAttached()
    {
        var lyrics = string.Join('\n', Enumerable.Range(1, 400).Select(i => $"Line {i}: the night is long and so is this song"));

        var (message, file) = LyricsRenderer.Variant(4, Notices.ForLyrics(Variant(2, lyrics), savedToDraft: false));

        Assert.NotNull(file);
        Assert.Equal(("lyrics-4-2.txt", "text/plain; charset=utf-8"), (file.FileName, file.ContentType));
        using var reader = new StreamReader(file.Open(), Encoding.UTF8);
        Assert.Equal(lyrics, reader.ReadToEnd());
        Assert.Equal("lyrics-4-2.txt", Assert.Single(message.Attachments!).Filename);
        var embed = Assert.Single(message.Embeds!);
        Assert.InRange(embed.Description!.Length, 1, 1200);
        Assert.EndsWith("the full lyrics are in the attached file.", embed.Description, StringComparison.Ordinal);
        Assert.StartsWith("Not saved.", embed.Fields!.Single().Value, StringComparison.Ordinal);
        Assert.InRange(MessageLimits.TotalLength(message.Embeds!), 1, MessageLimits.EmbedTotal);
    }

    private static ProviderTrack Variant(int index, string lyrics) => new() { Index = index, Title = "Rain", Lyrics = lyrics };
}
