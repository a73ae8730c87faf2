using MusicBot.Discord.Json;

namespace MusicBot.Discord.Rendering;

/// <summary>
/// Discord's message limits (reference A6.1), applied to every message before it is sent: content 2,000 characters;
/// at most 10 embeds; per embed title 256, description 4,096, 25 fields of name 256 and value 1,024, footer 2,048;
/// all embeds together 6,000. What does not fit is cut with an ellipsis, never rejected by Discord.
/// </summary>
public static class MessageLimits
{
    public const int Content = 2000;
    public const int Embeds = 10;
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int EmbedTotal = 6000;

    public static MessagePayload Fit(MessagePayload message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var embeds = message.Embeds?.Take(Embeds).Select(FitEmbed).ToList();
        if (embeds is not null)
        {
            ShrinkToTotal(embeds);
        }

        return message with
        {
            Content = message.Content is null ? null : DiscordText.Truncate(message.Content, Content),
            Embeds = embeds,
        };
    }

    public static int TotalLength(IEnumerable<Embed> embeds) => embeds.Sum(Length);

    private static Embed FitEmbed(Embed embed) => embed with
    {
        Title = Cut(embed.Title, Title),
        Description = Cut(embed.Description, Description),
        Fields = embed.Fields?.Take(Fields).Select(f => new EmbedField(DiscordText.Truncate(f.Name, FieldName), DiscordText.Truncate(f.Value, FieldValue), f.Inline)).ToList(),
        Footer = embed.Footer is null ? null : new EmbedText(DiscordText.Truncate(embed.Footer.Text, Footer)),
    };

    private static void ShrinkToTotal(List<Embed> embeds)
    {
        while (TotalLength(embeds) > EmbedTotal)
        {
            var over = TotalLength(embeds) - EmbedTotal;
            var longest = embeds.Select((e, i) => (Index: i, Length: e.Description?.Length ?? 0)).MaxBy(x => x.Length);
            if (longest.Length > 1)
            {
                var embed = embeds[longest.Index];
                embeds[longest.Index] = embed with { Description = DiscordText.Truncate(embed.Description, Math.Max(1, longest.Length - over - 1)) };
                continue;
            }

            var withFields = embeds.FindLastIndex(e => e.Fields is { Count: > 0 });
            if (withFields >= 0)
            {
                var fields = embeds[withFields].Fields!;
                embeds[withFields] = embeds[withFields] with { Fields = fields[..^1] };
                continue;
            }

            embeds.RemoveAt(embeds.Count - 1);
        }
    }

    private static int Length(Embed embed) =>
        (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0)
        + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);

    private static string? Cut(string? text, int max) => text is null ? null : DiscordText.Truncate(text, max);
}
