using System.Text;
using MusicBot.Core.Generation;
using MusicBot.Messages;

namespace MusicBot.Telegram.Rendering;

/// <summary>What became of a submit, as the text of the task's progress message.</summary>
public static class GenerateRenderer
{
    public static string Render(Words words, GenerateOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(words);
        var phrases = words.Phrases;
        return outcome switch
        {
            GenerateOutcome.Queued queued => Queued(words, queued),
            GenerateOutcome.AlreadySubmitted again =>
                words.Html("telegram.generate.already", ("song", Phrases.Number(again.Task.Id)), ("state", phrases.State(again.Task.State))),
            GenerateOutcome.Invalid invalid =>
                "🚫 " + words.Html("telegram.generate.invalid", ("provider", invalid.Provider), ("model", Words.Text(invalid.Model, 60))) + "\n" +
                string.Join('\n', invalid.Report.Violations.Take(12).Select(v => "• " + Html.Text(phrases.Violation(v), 300))),
            GenerateOutcome.NotEnoughCredits poor =>
                "🚫 " + words.Html("telegram.generate.not-enough", ("price", words.Credits(poor.Price)), ("balance", words.Credits(poor.Balance))),
            GenerateOutcome.TooManyInFlight busy =>
                "🚫 " + words.PluralHtml("telegram.generate.too-many", busy.InFlight, ("max", busy.Max)),
            GenerateOutcome.Refused refused => $"🚫 {Html.Escape(phrases.Refused(refused.Reason))}",
            GenerateOutcome.ProviderUnavailable missing =>
                "🚫 " + words.Html("telegram.generate.provider-unavailable", ("provider", missing.Provider), ("available", string.Join(", ", missing.Available))),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.GetType().Name, null),
        };
    }

    private static string Queued(Words words, GenerateOutcome.Queued queued)
    {
        var task = queued.Task;
        var price = task.Price > 0
            ? words.Html("telegram.generate.price", ("credits", words.Credits(task.Price)), ("left", queued.BalanceAfter))
            : words.Html("telegram.generate.free", ("credits", words.Credits(queued.BalanceAfter)));
        (string, object?)[] values =
        [
            ("song", words.Song(task.Id)),
            ("position", queued.QueuePosition),
            ("provider", task.Provider),
            ("model", Words.Text(task.Request.Model, 60)),
        ];
        var head = task.Request.Operation is { } operation
            ? words.Html("telegram.generate.queued-doing", [.. values, ("doing", words.Phrases.Doing(operation))])
            : words.Html("telegram.generate.queued", values);
        var text = new StringBuilder($"⏳ {head} {price}");
        foreach (var note in queued.Notes.Take(6))
        {
            text.Append("\nℹ️ ").Append(Html.Text(words.Phrases.Note(note), 300));
        }

        return text.ToString();
    }
}
