using System.Text;
using MusicBot.Core.Generation;
using MusicBot.Messages;

namespace MusicBot.Telegram.Rendering;

/// <summary>What became of a submit, as the text of the task's progress message.</summary>
public static class GenerateRenderer
{
    public static string Render(GenerateOutcome outcome) => outcome switch
    {
        GenerateOutcome.Queued queued => Queued(queued),
        GenerateOutcome.AlreadySubmitted again =>
            $"That request was already taken: song #{again.Task.Id}, {Html.Escape(Words.Phrases.State(again.Task.State))}.",
        GenerateOutcome.Invalid invalid =>
            $"🚫 Can't generate with {Html.Escape(invalid.Provider)} {Html.Text(invalid.Model, 60)} yet; nothing was charged. Fix these:\n" +
            string.Join('\n', invalid.Report.Violations.Take(12).Select(v => "• " + Html.Text(Words.Phrases.Violation(v), 300))),
        GenerateOutcome.NotEnoughCredits poor =>
            $"🚫 Not enough credits: this song costs {Words.Credits(poor.Price)} and you have {Words.Credits(poor.Balance)}. Ask an admin for more.",
        GenerateOutcome.TooManyInFlight busy =>
            $"🚫 You already have {busy.InFlight} songs in progress (the limit is {busy.Max}). Wait for one to finish, then try again.",
        GenerateOutcome.Refused refused => $"🚫 {Html.Escape(Words.Phrases.Refused(refused.Reason))}",
        GenerateOutcome.ProviderUnavailable missing =>
            $"🚫 {Html.Escape(missing.Provider)} is not set up on this bot. Pick one of {Html.Escape(string.Join(", ", missing.Available))} with /provider.",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.GetType().Name, null),
    };

    private static string Queued(GenerateOutcome.Queued queued)
    {
        var task = queued.Task;
        var doing = task.Request.Operation is { } operation ? $": {OperationWords.Doing(operation)}" : "";
        var price = task.Price > 0
            ? $"{Words.Credits(task.Price)} reserved, {queued.BalanceAfter} left; you pay only if it succeeds."
            : $"It is free; you have {Words.Credits(queued.BalanceAfter)}.";
        var text = new StringBuilder(
            $"⏳ <b>Song #{task.Id}</b> queued (position {queued.QueuePosition}) with {Html.Escape(task.Provider)} {Html.Text(task.Request.Model, 60)}{doing}. {price}");
        foreach (var note in queued.Notes.Take(6))
        {
            text.Append("\nℹ️ ").Append(Html.Text(Words.Phrases.Note(note), 300));
        }

        return text.ToString();
    }
}
