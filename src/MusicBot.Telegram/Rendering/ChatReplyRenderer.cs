using System.Globalization;
using System.Text;
using MusicBot.Core.Chat;
using MusicBot.Core.Chat.Commands;
using MusicBot.Core.Chat.Languages;
using MusicBot.Core.Generation;
using MusicBot.Core.Songs;
using MusicBot.Messages;
using Telegram.Bot.Types.ReplyMarkups;
using MusicBot.Telegram.Buttons;

namespace MusicBot.Telegram.Rendering;

/// <summary>
/// Turns Core's replies into Telegram HTML in the user's language. Core's records carry codes and data, not markup,
/// so every phrase and user-supplied value is escaped here and nowhere else. <paramref name="ownerId"/> is the user
/// the draft buttons act for.
/// </summary>
public static class ChatReplyRenderer
{
    public static OutgoingMessage Render(Words words, ChatReply reply, long ownerId, string? subjectName = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        var phrases = words.Phrases;
        return reply switch
        {
            HelpReply help => new(Help(words, help)),
            UsageReply usage => Usage(words, phrases.Problem(usage.Problem), usage.Command),
            DraftReply draft => new(DraftRenderer.Render(words, Headline(words, draft), draft.View, draft.Refusals), Keyboards.Draft(words, draft.View, ownerId)),
            DraftRefusedReply refused => new(words.Html("telegram.draft-refused", ("reason", Words.Text(phrases.Refused(refused.Refusal), 500)))),
            AwaitingInputReply awaiting => new(
                words.Html("telegram.awaiting", ("field", phrases.Field(awaiting.Field))),
                new ForceReplyMarkup { InputFieldPlaceholder = phrases.FieldTitle(awaiting.Field), Selective = true }),
            ChoicesReply choices => new(words.Html(
                "telegram.choices",
                ("field", phrases.FieldTitle(choices.Field)),
                ("current", Words.Bold(Html.Text(choices.Current, 60))),
                ("options", Words.Text(string.Join(", ", choices.Options), 1000)))),
            GenerateReply generate => new(GenerateRenderer.Render(words, generate.Outcome)),
            CreditsReply credits => new(words.Html(
                "telegram.credits",
                ("balance", Words.Bold(Html.Escape(words.Credits(credits.Account.Balance)))),
                ("reserved", words.Credits(credits.Account.Reserved)),
                ("provider", credits.Provider),
                ("model", Words.Text(credits.Model, 60)),
                ("price", words.Credits(credits.Price)))),
            HistoryReply history => new(History(words, history.Tasks)),
            QuotaReply quota => new(words.Html(
                "telegram.quota",
                ("user", Words.Text(subjectName ?? words.Plain("telegram.quota.unnamed-user", ("id", quota.Account.User.UserId)), 100)),
                ("balance", Words.Bold(Html.Escape(words.Credits(quota.Account.Balance)))),
                ("spent", words.Credits(quota.Account.Charged)),
                ("reserved", words.Credits(quota.Account.Reserved)))),
            ScopeDefaultReply scope => new(words.Html("telegram.scope-default", ("credits", words.Credits(scope.Credits)))),
            RoleAllowanceReply role => new(role.Credits is { } credits
                ? words.Html("telegram.role-allowance.set", ("role", Words.Text(role.RoleId, 40)), ("credits", words.Credits(credits)))
                : words.Html("telegram.role-allowance.removed", ("role", Words.Text(role.RoleId, 40)))),
            AllowancesReply allowances => new(words.Html("telegram.allowances", ("credits", Words.Bold(Html.Escape(words.Credits(allowances.Default)))))),
            QuotaOutOfRangeReply range => Usage(
                words, phrases.Problem(new UsageProblem.QuotaNeedsUserAndAmount(range.Action.ToString().ToLowerInvariant(), range.Max)), QuotaCommand.CommandName),
            NotAllowedReply { Command: LanguageCommand.CommandName } => new($"🚫 {Html.Escape(phrases.LanguageNotAllowed())}"),
            NotAllowedReply => new(words.Html("telegram.not-allowed")),
            LanguageReply language => new(Html.Escape(phrases.Language(language))),
            LanguageUnknownReply unknown => new(Html.Escape(phrases.LanguageUnknown(unknown))),
            NotACommandReply => new(words.Html("telegram.not-a-command", ("example", Words.Code("/style lo-fi piano")))),
            UnknownCommandReply unknown => new(words.Html("telegram.unknown-command", ("command", Words.Text(unknown.Command, 40)))),
            _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "No Telegram rendering."),
        };
    }

    /// <summary>What just happened to the draft, as the first line above it (plain text).</summary>
    public static string? Headline(Words words, DraftReply reply)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Change switch
        {
            DraftChange.Cleared => words.Plain("telegram.headline.cleared"),
            DraftChange.Set => words.Plain("telegram.headline.set", ("field", words.Phrases.FieldTitle(reply.Field!.Value))),
            DraftChange.Saved => words.Plain("telegram.headline.saved", ("field", words.Phrases.FieldTitle(reply.Field!.Value))),
            DraftChange.Updated => words.Plain("telegram.headline.updated"),
            DraftChange.NothingToChange => words.Plain("telegram.headline.nothing-to-change"),
            DraftChange.NotGenerated => words.Plain("telegram.headline.not-generated"),
            _ => null,
        };
    }

    private static OutgoingMessage Usage(Words words, string problem, string command) =>
        new(words.Html("telegram.usage", ("problem", Words.Text(problem, 500)), ("usage", Words.Code(words.Phrases.Usage(command)))));

    private static string Help(Words words, HelpReply help)
    {
        var text = new StringBuilder(help.IsWelcome
            ? $"👋 <b>{words.Html("telegram.help.welcome.title")}</b> {words.Html("telegram.help.welcome")}\n\n"
            : $"<b>{words.Html("telegram.help.title")}</b>\n");
        foreach (var command in help.Commands)
        {
            text.Append("<code>").Append(Html.Escape(words.Phrases.Usage(command.Command))).Append("</code> ").Append(Html.Escape(words.Phrases.Help(command.Command)));
            text.Append(command.IsAdminOnly ? $" <i>{words.Html("telegram.help.admins")}</i>\n" : "\n");
        }

        text.Append('\n').Append(words.Html("telegram.help.groups", ("example", Words.Code("/draft@…"))));
        return text.ToString();
    }

    private static string History(Words words, IReadOnlyList<GenerationTask> tasks)
    {
        if (tasks.Count == 0)
        {
            return words.Html("telegram.history.empty");
        }

        return $"<b>{words.Html("telegram.history.title")}</b>\n" + string.Join('\n', tasks.Select(t =>
            $"#{t.Id} {t.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {Html.Escape(t.Provider)} {Html.Text(t.Request.Model, 40)}: " +
            $"{Html.Text(t.Request.Title ?? t.Request.Style ?? words.Plain("telegram.history.untitled"), 60)} ({Html.Escape(words.Phrases.State(t.State))})"));
    }
}
