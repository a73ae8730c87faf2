using System.Globalization;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>Provider timestamps: epoch milliseconds (real traffic), epoch seconds, or a date string (the docs).</summary>
public static class ProviderTime
{
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            // 13 digits are milliseconds; 10 are seconds.
            return number > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(number) : DateTimeOffset.FromUnixTimeSeconds(number);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;
    }
}
