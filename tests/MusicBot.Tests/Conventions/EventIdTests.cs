using System.Text.RegularExpressions;

namespace MusicBot.Tests.Conventions;

/// <summary>
/// Every log event id means one thing across the whole bot, so an operator can filter on it (the README lists the
/// ranges): an id written by two messages fails the test, naming both places.
/// </summary>
public sealed partial class EventIdTests
{
    [Fact]
    public void LoggerMessages_EveryEventId_IsUniqueAcrossTheSolution()
    {
        var uses = SourceFile.Under("src")
            .SelectMany(file => EventId().Matches(file.Code).Select(m => (Id: int.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture), file.Path)))
            .ToList();

        var shared = uses.GroupBy(u => u.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(u => u.Path))}").ToList();

        Assert.True(uses.Count > 50, $"only {uses.Count} event ids found; the scan is broken");
        Assert.True(shared.Count == 0, "Event ids used more than once:\n" + string.Join('\n', shared));
    }

    [GeneratedRegex(@"EventId\s*=\s*(?<id>\d+)")]
    private static partial Regex EventId();
}
