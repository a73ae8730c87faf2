using System.Globalization;

namespace MusicBot.Core.Operations;

/// <summary>
/// The text after an operation command, the same on every text platform: <c>[song] [take] [from &lt;seconds&gt;]</c>
/// (song as <c>12</c> or <c>#12</c>, as the history shows it; <c>from</c> only for extend), or, for AI lyrics, the
/// topic as free text.
/// </summary>
public sealed record OperationArguments(long? SongId, int? TakeNumber, double? FromSeconds, string? Topic)
{
    public static string UsageOf(OperationKind kind) => kind switch
    {
        OperationKind.Lyrics => "/lyricsai <what the song is about>",
        OperationKind.Extend => "/extend [song] [take] [from <seconds>]",
        _ => $"/{CommandName(kind)} [song] [take]",
    };

    /// <summary>The chat command word for <paramref name="kind"/>.</summary>
    public static string CommandName(OperationKind kind) => kind == OperationKind.Lyrics ? "lyricsai" : kind.ConfigName();

    /// <summary>The arguments, or the problem with them (a sentence naming the word that was not understood).</summary>
    public static (OperationArguments? Arguments, string? Problem) Parse(OperationKind kind, string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (kind == OperationKind.Lyrics)
        {
            return (new OperationArguments(null, null, null, trimmed.Length == 0 ? null : trimmed), null);
        }

        var words = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        long? song = null;
        int? take = null;
        double? from = null;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (kind == OperationKind.Extend && string.Equals(word, "from", StringComparison.OrdinalIgnoreCase))
            {
                if (i + 1 >= words.Length || !TryParseSeconds(words[i + 1], out var seconds))
                {
                    return (null, "\"from\" needs a number of seconds after it, e.g. from 60.");
                }

                from = seconds;
                i++;
            }
            else if (song is null && take is null && TryParseWhole(word.TrimStart('#'), out var id))
            {
                song = id;
            }
            else if (song is not null && take is null && TryParseWhole(word, out var number) && number <= int.MaxValue)
            {
                take = (int)number;
            }
            else
            {
                return (null, $"\"{Shorten(word)}\" is not a song number, a take number{(kind == OperationKind.Extend ? " or \"from <seconds>\"" : "")}.");
            }
        }

        return (new OperationArguments(song, take, from, null), null);
    }

    private static bool TryParseWhole(string word, out long value) =>
        long.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

    private static bool TryParseSeconds(string word, out double value) =>
        double.TryParse(word.TrimEnd('s'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static string Shorten(string word) => word.Length <= 20 ? word : word[..20] + "…";
}
