using MusicBot.Discord.Json;
using MusicBot.Discord.Rendering;

namespace MusicBot.Discord.Tests.Rendering;

public sealed class MessageLimitsTests
{
    [Fact]
    public void Fit_ContentOver2000_CutTo2000WithEllipsis()
    {
        var fitted = MessageLimits.Fit(new MessagePayload { Content = new string('a', 2500) });

        Assert.Equal(2000, fitted.Content!.Length);
        Assert.EndsWith("…", fitted.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_EveryEmbedLimitExceeded_AllWithinLimitsAndTotalAtMost6000()
    {
        var big = new Embed
        {
            Title = new string('t', 300),
            Description = new string('d', 5000),
            Fields = [.. Enumerable.Range(0, 30).Select(i => new EmbedField(new string('n', 300), new string('v', 1500)))],
            Footer = new EmbedText(new string('f', 2100)),
        };

        var fitted = MessageLimits.Fit(new MessagePayload { Embeds = [.. Enumerable.Repeat(big, 12)] });

        // Ten embeds of a 256-character title and a 2,048-character footer cannot fit 6,000: later embeds are dropped.
        Assert.InRange(fitted.Embeds!.Count, 1, 10);
        Assert.True(MessageLimits.TotalLength(fitted.Embeds) <= 6000);
        Assert.All(fitted.Embeds, e =>
        {
            Assert.True(e.Title!.Length <= 256 && (e.Description?.Length ?? 0) <= 4096 && e.Footer!.Text.Length <= 2048);
            Assert.True(e.Fields!.Count <= 25 && e.Fields.All(f => f.Name.Length <= 256 && f.Value.Length <= 1024));
        });
    }

    [Fact]
    public void Fit_ManySmallEmbeds_KeepsTheFirstTen()
    {
        var fitted = MessageLimits.Fit(new MessagePayload { Embeds = [.. Enumerable.Range(0, 12).Select(i => new Embed { Title = $"#{i}" })] });

        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"#{i}"), fitted.Embeds!.Select(e => e.Title));
    }

    [Fact]
    public void Fit_LongDescriptionsTogetherOver6000_DescriptionsShortenedEmbedsKept()
    {
        var fitted = MessageLimits.Fit(new MessagePayload { Embeds = [.. Enumerable.Range(0, 3).Select(_ => new Embed { Title = "t", Description = new string('d', 4000) })] });

        Assert.Equal(3, fitted.Embeds!.Count);
        Assert.True(MessageLimits.TotalLength(fitted.Embeds) <= 6000);
    }

    [Fact]
    public void Fit_AlwaysKeepsAllowedMentionsEmpty()
    {
        var fitted = MessageLimits.Fit(new MessagePayload { Content = "@everyone hi" });

        Assert.Empty(fitted.AllowedMentions.Parse);
    }
}
