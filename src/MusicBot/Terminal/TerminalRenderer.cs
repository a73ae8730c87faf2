using System.Globalization;
using System.Text;
using MusicBot.Core.Chat;
using MusicBot.Core.Chat.Commands;
using MusicBot.Core.Chat.Languages;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Core.Songs;
using MusicBot.Messages;

namespace MusicBot.Terminal;

/// <summary>
/// Turns Core replies into terminal text: the terminal's own frames around the shared phrases. The terminal has no
/// markup, so nothing needs escaping.
/// </summary>
public static class TerminalRenderer
{
    /// <summary>The terminal speaks the text command grammar; English is the words of notices printed before any command.</summary>
    internal static Phrases English { get; } = new(MessageCatalog.English, TextCommandSyntax.Instance);

    /// <summary>The reply with the shared phrases in <paramref name="words"/>' language (the terminal's own frames are still English).</summary>
    public static string Render(ChatReply reply, Phrases words) => reply switch
    {
        HelpReply help => Help(words, help),
        UsageReply usage => $"{words.Problem(usage.Problem)}\nUsage: {words.Usage(usage.Command)}",
        DraftReply draft => Draft(words, draft),
        DraftRefusedReply refused => $"Not changed. {words.Refused(refused.Refusal)}",
        AwaitingInputReply awaiting => $"Send the {words.Field(awaiting.Field)} now; several lines are fine. End with a line holding only a dot (.).",
        ChoicesReply choices => $"{words.FieldTitle(choices.Field)}: {choices.Current}. Choose from: {string.Join(", ", choices.Options)}.",
        GenerateReply generate => Generate(words, generate.Outcome),
        CreditsReply credits => $"You have {words.Credits(credits.Account.Balance)} here ({words.Credits(credits.Account.Reserved)} held by songs in progress). " +
            $"A song with {credits.Provider} {credits.Model} costs {words.Credits(credits.Price)}.",
        HistoryReply history => History(words, history.Tasks),
        QuotaReply quota => $"{quota.Account.User.UserId} has {words.Credits(quota.Account.Balance)} ({words.Credits(quota.Account.Charged)} spent, {words.Credits(quota.Account.Reserved)} held).",
        ScopeDefaultReply scope => $"New users here now start with {words.Credits(scope.Credits)}.",
        RoleAllowanceReply role => role.Credits is { } credits
            ? $"New users with role {role.RoleId} now start with {words.Credits(credits)}."
            : $"Role {role.RoleId} no longer has an allowance.",
        AllowancesReply allowances => Allowances(words, allowances),
        QuotaOutOfRangeReply range => $"{words.Problem(new UsageProblem.QuotaNeedsUserAndAmount(range.Action.ToString().ToLowerInvariant(), range.Max))}\nUsage: {words.Usage(QuotaCommandName)}",
        NotAllowedReply { Command: LanguageCommand.CommandName } => words.LanguageNotAllowed(),
        NotAllowedReply => "Only admins of this chat can manage credits.",
        NotACommandReply => "Commands start with a slash. Try /style lo-fi piano, then /generate. /help lists them all.",
        UnknownCommandReply unknown => $"/{unknown.Command} is not a command. /help lists them all.",
        LanguageReply language => words.Language(language),
        LanguageUnknownReply unknown => words.LanguageUnknown(unknown),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "No terminal rendering."),
    };

    private const string QuotaCommandName = QuotaCommand.CommandName;

    private static string Help(Phrases words, HelpReply help)
    {
        var text = new StringBuilder(help.IsWelcome ? "Welcome to MusicBot: describe a song, then /generate.\n" : "");
        foreach (var command in help.Commands)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {words.Usage(command.Command),-34} {words.Help(command.Command)}\n");
        }

        return text.ToString().TrimEnd();
    }

    private static string Draft(Phrases words, DraftReply reply)
    {
        var view = reply.View;
        var draft = view.Draft;
        var text = new StringBuilder();
        if (Headline(words, reply) is { } headline)
        {
            text.AppendLine(headline);
        }

        foreach (var refusal in reply.Refusals)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Not changed: {words.Refused(refusal)}");
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
            text.AppendLine(CultureInfo.InvariantCulture, $"Still missing: {string.Join("; ", missing.Select(words.MissingItem))}");
        }

        foreach (var problem in view.Report.Violations.Where(v => !v.IsMissing))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Problem: {words.Violation(problem)}");
        }

        foreach (var note in view.Report.Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Note: {words.Note(note)}");
        }

        text.Append(view.Report.IsValid ? "Ready: /generate" : "Fix the above, then /generate.");
        return text.ToString();
    }

    private static string? Headline(Phrases words, DraftReply reply) => reply.Change switch
    {
        DraftChange.Cleared => "Draft cleared.",
        DraftChange.Set => $"{words.FieldTitle(reply.Field!.Value)} set.",
        DraftChange.Saved => $"{words.FieldTitle(reply.Field!.Value)} saved.",
        DraftChange.Updated => "Draft updated.",
        DraftChange.NothingToChange => "Nothing to change: give at least one field.",
        DraftChange.NotGenerated => "Nothing was generated; fix these first.",
        _ => null,
    };

    private static string Generate(Phrases words, GenerateOutcome outcome) => outcome switch
    {
        GenerateOutcome.Queued queued => Queued(words, queued),
        GenerateOutcome.AlreadySubmitted again => $"That request was already taken (song #{again.Task.Id}, {words.State(again.Task.State)}).",
        GenerateOutcome.Invalid invalid =>
            $"Can't generate with {invalid.Provider} {invalid.Model} yet; nothing was charged. Fix these:\n" +
            string.Join('\n', invalid.Report.Violations.Select(v => $"  - {words.Violation(v)}")),
        GenerateOutcome.NotEnoughCredits poor =>
            $"Not enough credits: this song costs {words.Credits(poor.Price)} and you have {words.Credits(poor.Balance)}. Ask an admin for more.",
        GenerateOutcome.TooManyInFlight busy =>
            $"You already have {busy.InFlight} songs in progress (the limit is {busy.Max}). Wait for one to finish, then try again.",
        GenerateOutcome.Refused refused => words.Refused(refused.Reason),
        GenerateOutcome.ProviderUnavailable missing =>
            $"{missing.Provider} is not set up on this bot. Pick one of {string.Join(", ", missing.Available)} with /provider.",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.GetType().Name, null),
    };

    private static string Queued(Phrases words, GenerateOutcome.Queued queued)
    {
        var task = queued.Task;
        var doing = task.Request.Operation is { } operation ? $", {words.Doing(operation)}," : "";
        var text = new StringBuilder(
            $"⏳ Song #{task.Id}{doing} queued (position {queued.QueuePosition}) with {task.Provider} {task.Request.Model}. " +
            $"{words.Credits(task.Price)} reserved, {queued.BalanceAfter} left; you pay only if it succeeds.");
        foreach (var note in queued.Notes)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nNote: {words.Note(note)}");
        }

        return text.ToString();
    }

    private static string History(Phrases words, IReadOnlyList<GenerationTask> tasks)
    {
        if (tasks.Count == 0)
        {
            return "No songs yet. Set a /style and /generate.";
        }

        var lines = tasks.Select(t =>
            $"#{t.Id} {t.CreatedAt:yyyy-MM-dd HH:mm} {t.Provider} {t.Request.Model}: {Made(t)}{t.Request.Title ?? t.Request.Style ?? "untitled"} ({words.State(t.State)})");
        var music = tasks.FirstOrDefault(t => t.State == TaskState.Succeeded && t.Request.OperationKind.MakesMusic());
        var hint = music is null
            ? ""
            : $"\nThe number picks a song for /extend, /stems, /wav, /addvocals and /addinstrumental: /stems {music.Id}, or /extend {music.Id} 2 for its track 2.";
        return string.Join('\n', lines) + hint;
    }

    private static string Allowances(Phrases words, AllowancesReply allowances)
    {
        var text = new StringBuilder($"New users here start with {words.Credits(allowances.Default)}.");
        foreach (var (role, credits) in allowances.Roles)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  role {role}: {words.Credits(credits)}");
        }

        return text.ToString();
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
        return oneLine.Length <= 80 ? oneLine : $"{Core.UserText.TextValues.Shorten(oneLine, 78)} ({value.Length} characters)";
    }
}
