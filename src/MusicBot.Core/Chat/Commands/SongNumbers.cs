using System.Globalization;

namespace MusicBot.Core.Chat.Commands;

/// <summary>A song number as users write it (<c>12</c> or <c>#12</c>, as the history shows it): a whole number above 0.</summary>
internal static class SongNumbers
{
    public static long? Parse(string? text) =>
        long.TryParse(text?.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
