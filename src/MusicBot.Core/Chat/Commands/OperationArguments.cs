using System.Globalization;
using MusicBot.Core.Operations;

namespace MusicBot.Core.Chat.Commands;

/// <summary>
/// The text grammar of the operation commands, the same on every text platform: <c>[song] [take] [from &lt;seconds&gt;]</c>
/// (song as <c>12</c> or <c>#12</c>, as the history shows it; <c>from</c> only for extend), or, for AI lyrics, the
/// topic as free text. It fills the same arguments Discord's options do.
/// </summary>
public static class OperationArguments
{
    /// <summary>The command word for <paramref name="kind"/>.</summary>
    public static string CommandName(OperationKind kind) => kind == OperationKind.Lyrics ? "lyricsai" : kind.ConfigName();

    public static TextParse Parse(OperationKind kind, string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (kind == OperationKind.Lyrics)
        {
            return TextParse.Of((ArgumentNames.Topic, trimmed.Length == 0 ? null : trimmed));
        }

        var words = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        string? song = null;
        string? take = null;
        string? from = null;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (kind == OperationKind.Extend && string.Equals(word, "from", StringComparison.OrdinalIgnoreCase))
            {
                if (i + 1 >= words.Length || !TryParseSeconds(words[i + 1], out var seconds))
                {
                    return TextParse.Fail(new UsageProblem.FromNeedsSeconds());
                }

                from = seconds.ToString(CultureInfo.InvariantCulture);
                i++;
            }
            else if (song is null && take is null && SongNumbers.Parse(word) is { } id)
            {
                song = id.ToString(CultureInfo.InvariantCulture);
            }
            else if (song is not null && take is null && TryParseWhole(word, out var number) && number <= int.MaxValue)
            {
                take = number.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                return TextParse.Fail(new UsageProblem.NotASongOrTake(word, kind == OperationKind.Extend));
            }
        }

        return TextParse.Of((ArgumentNames.Song, song), (ArgumentNames.Take, take), (ArgumentNames.From, from));
    }

    private static bool TryParseWhole(string word, out long value) =>
        long.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

    private static bool TryParseSeconds(string word, out double value) =>
        double.TryParse(word.TrimEnd('s'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
