using System.Globalization;
using System.Text;
using MusicBot.Core.Chat;
using MusicBot.Core.Drafts;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;

namespace MusicBot.Terminal;

/// <summary>Turns Core replies into terminal text. The terminal has no markup, so nothing needs escaping.</summary>
public static class TerminalRenderer
{
    public static string Render(ChatReply reply) => reply switch
    {
        HelpReply help => Help(help),
        UsageReply usage => $"{usage.Problem}\nUsage: {usage.Usage}",
        DraftReply draft => Draft(draft.Headline, draft.View),
        DraftRefusedReply refused => $"Not changed. {refused.Problem}",
        AwaitingInputReply awaiting => $"Send the {DraftFieldNames.Display(awaiting.Field)} now; several lines are fine. End with a line holding only a dot (.).",
        ChoicesReply choices => $"{Capitalize(DraftFieldNames.Display(choices.Field))}: {choices.Current}. Choose from: {string.Join(", ", choices.Options)}.",
        GenerateReply generate => Generate(generate.Outcome),
        CreditsReply credits => $"You have {Credits(credits.Account.Balance)} here ({Credits(credits.Account.Reserved)} held by songs in progress). " +
            $"A song with {credits.Provider} {credits.Model} costs {Credits(credits.Price)}.",
        HistoryReply history => History(history.Tasks),
        QuotaReply quota => $"{quota.Account.User.UserId} has {Credits(quota.Account.Balance)} ({Credits(quota.Account.Charged)} spent, {Credits(quota.Account.Reserved)} held).",
        ScopeDefaultReply scope => $"New users here now start with {Credits(scope.Credits)}.",
        NotAllowedReply denied => denied.Reason,
        NotACommandReply => "Commands start with a slash. Try /style lo-fi piano, then /generate. /help lists them all.",
        UnknownCommandReply unknown => $"/{unknown.Command} is not a command. /help lists them all.",
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "No terminal rendering."),
    };

    private static string Help(HelpReply help)
    {
        var text = new StringBuilder(help.IsWelcome ? "Welcome to MusicBot: describe a song, then /generate.\n" : "");
        foreach (var command in help.Commands)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {command.Usage,-34} {command.Summary}\n");
        }

        return text.ToString().TrimEnd();
    }

    private static string Draft(string? headline, DraftView view)
    {
        var draft = view.Draft;
        var text = new StringBuilder();
        if (headline is not null)
        {
            text.AppendLine(headline);
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Draft for {view.Provider} ({view.Model}):");
        text.AppendLine(CultureInfo.InvariantCulture, $"  style:        {Shown(draft.Style)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  lyrics:       {Shown(draft.Lyrics)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  title:        {Shown(draft.Title)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  instrumental: {(draft.Instrumental ? "on" : "off")}");
        AppendIfSet(text, "negative", draft.NegativeTags);
        AppendIfSet(text, "voice", draft.VocalGender);
        var missing = view.Report.Missing.ToList();
        if (missing.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Still missing: {string.Join("; ", missing.Select(v => $"{DraftFieldNames.Display(v.Field)} ({v.Fix})"))}");
        }

        foreach (var problem in view.Report.Violations.Where(v => !v.IsMissing))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Problem: {problem.Message}");
        }

        foreach (var note in view.Report.Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Note: {note}");
        }

        text.Append(view.Report.IsValid ? "Ready: /generate" : "Fix the above, then /generate.");
        return text.ToString();
    }

    private static string Generate(GenerateOutcome outcome) => outcome switch
    {
        GenerateOutcome.Queued queued => Queued(queued),
        GenerateOutcome.AlreadySubmitted again => $"That request was already taken (song #{again.Task.Id}, {again.Task.State.Describe()}).",
        GenerateOutcome.Invalid invalid =>
            $"Can't generate with {invalid.Provider} {invalid.Model} yet; nothing was charged. Fix these:\n" +
            string.Join('\n', invalid.Report.Violations.Select(v => $"  - {v.Message}")),
        GenerateOutcome.NotEnoughCredits poor =>
            $"Not enough credits: this song costs {Credits(poor.Price)} and you have {Credits(poor.Balance)}. Ask an admin for more.",
        GenerateOutcome.TooManyInFlight busy =>
            $"You already have {busy.InFlight} songs in progress (the limit is {busy.Max}). Wait for one to finish, then try again.",
        GenerateOutcome.NotPossible refused => refused.Message,
        GenerateOutcome.ProviderUnavailable missing =>
            $"{missing.Provider} is not set up on this bot. Pick one of {string.Join(", ", missing.Available)} with /provider.",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.GetType().Name, null),
    };

    private static string Queued(GenerateOutcome.Queued queued)
    {
        var task = queued.Task;
        var doing = task.Request.Operation is { } operation ? $", {operation.Doing()}," : "";
        var text = new StringBuilder(
            $"⏳ Song #{task.Id}{doing} queued (position {queued.QueuePosition}) with {task.Provider} {task.Request.Model}. " +
            $"{Credits(task.Price)} reserved, {queued.BalanceAfter} left; you pay only if it succeeds.");
        foreach (var note in queued.Notes)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nNote: {note}");
        }

        return text.ToString();
    }

    private static string History(IReadOnlyList<GenerationTask> tasks)
    {
        if (tasks.Count == 0)
        {
            return "No songs yet. Set a /style and /generate.";
        }

        var lines = tasks.Select(t =>
            $"#{t.Id} {t.CreatedAt:yyyy-MM-dd HH:mm} {t.Provider} {t.Request.Model}: {Made(t)}{t.Request.Title ?? t.Request.Style ?? "untitled"} ({t.State.Describe()})");
        var music = tasks.FirstOrDefault(t => t.State == TaskState.Succeeded && (t.Request.OperationKind?.MakesMusic() ?? true));
        var hint = music is null
            ? ""
            : $"\nThe number picks a song for /extend, /stems, /wav, /addvocals and /addinstrumental: /stems {music.Id}, or /extend {music.Id} 2 for its track 2.";
        return string.Join('\n', lines) + hint;
    }

    /// <summary>What an operation's task was made from, e.g. "extend of #12: ".</summary>
    private static string Made(GenerationTask task) => task.Request.Operation switch
    {
        null => "",
        { Kind: OperationKind.Lyrics } => "AI lyrics: ",
        { } operation => $"{operation.Kind.ConfigName()} of #{operation.SourceTaskId}: ",
    };

    private static void AppendIfSet(StringBuilder text, string name, string? value)
    {
        if (value is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {name + ":",-13} {value}");
        }
    }

    private static string Shown(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "(none)";
        }

        var oneLine = value.ReplaceLineEndings(" / ");
        return oneLine.Length <= 80 ? oneLine : $"{oneLine[..77]}... ({value.Length} characters)";
    }

    internal static string Credits(int count) => count == 1 ? "1 credit" : $"{count} credits";

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
