using System.Globalization;
using System.Text;
using MusicBot.Core.Chat;
using MusicBot.Core.Drafts;
using MusicBot.Core.Generation;
using Telegram.Bot.Types.ReplyMarkups;
using MusicBot.Telegram.Buttons;

namespace MusicBot.Telegram.Rendering;

/// <summary>
/// Turns Core's replies into Telegram HTML. Core's records carry data, not markup, so every user-supplied value is
/// escaped here and nowhere else. <paramref name="ownerId"/> is the user the draft buttons act for.
/// </summary>
public static class ChatReplyRenderer
{
    public static OutgoingMessage Render(ChatReply reply, long ownerId, string? subjectName = null) => reply switch
    {
        HelpReply help => new(Help(help)),
        UsageReply usage => new($"{Html.Text(usage.Problem, 500)}\nUsage: <code>{Html.Escape(usage.Usage)}</code>"),
        DraftReply draft => new(DraftRenderer.Render(draft.Headline, draft.View), Keyboards.Draft(draft.View, ownerId)),
        DraftRefusedReply refused => new($"Not changed. {Html.Text(refused.Problem, 500)}"),
        AwaitingInputReply awaiting => new(
            $"Send the {DraftFieldNames.Display(awaiting.Field)} now, as a reply to this message; several lines are fine.",
            new ForceReplyMarkup { InputFieldPlaceholder = Words.Capitalize(DraftFieldNames.Display(awaiting.Field)), Selective = true }),
        ChoicesReply choices => new(
            $"{Words.Capitalize(DraftFieldNames.Display(choices.Field))}: <b>{Html.Text(choices.Current, 60)}</b>. Choose from: {Html.Text(string.Join(", ", choices.Options), 1000)}."),
        GenerateReply generate => new(GenerateRenderer.Render(generate.Outcome)),
        CreditsReply credits => new(
            $"💳 You have <b>{Words.Credits(credits.Account.Balance)}</b> here ({Words.Credits(credits.Account.Reserved)} held by songs in progress). " +
            $"A song with {Html.Escape(credits.Provider)} {Html.Text(credits.Model, 60)} costs {Words.Credits(credits.Price)}."),
        HistoryReply history => new(History(history.Tasks)),
        QuotaReply quota => new(
            $"💳 {Html.Text(subjectName ?? $"User {quota.Account.User.UserId}", 100)} has <b>{Words.Credits(quota.Account.Balance)}</b> here " +
            $"({Words.Credits(quota.Account.Charged)} spent, {Words.Credits(quota.Account.Reserved)} held)."),
        ScopeDefaultReply scope => new($"New members here now start with {Words.Credits(scope.Credits)}."),
        NotAllowedReply denied => new($"🚫 {Html.Text(denied.Reason, 500)}"),
        NotACommandReply => new("Commands start with a slash. Try <code>/style lo-fi piano</code>, then /generate. /help lists them all."),
        UnknownCommandReply unknown => new($"/{Html.Text(unknown.Command, 40)} is not a command. /help lists them all."),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "No Telegram rendering."),
    };

    private static string Help(HelpReply help)
    {
        var text = new StringBuilder(help.IsWelcome
            ? "👋 <b>Welcome to MusicBot.</b> Describe a song, then /generate: two tracks come back here.\n\n"
            : "<b>Commands</b>\n");
        foreach (var command in help.Commands)
        {
            text.Append("<code>").Append(Html.Escape(command.Usage)).Append("</code> ").Append(Html.Escape(command.Summary));
            text.Append(command.IsAdminOnly ? " <i>(group admins)</i>\n" : "\n");
        }

        text.Append("\nIn a group, if a command gets no answer, add @ and the bot's name to it (<code>/draft@…</code>): with privacy mode on, ")
            .Append("Telegram may pass a bot only the commands addressed to it by name and replies to its messages. The name also tells apart bots that share a command.");
        return text.ToString();
    }

    private static string History(IReadOnlyList<GenerationTask> tasks)
    {
        if (tasks.Count == 0)
        {
            return "No songs yet. Set a /style and /generate.";
        }

        return "<b>Your songs</b>\n" + string.Join('\n', tasks.Select(t =>
            $"#{t.Id} {t.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {Html.Escape(t.Provider)} {Html.Text(t.Request.Model, 40)}: " +
            $"{Html.Text(t.Request.Title ?? t.Request.Style ?? "untitled", 60)} ({Html.Escape(t.State.Describe())})"));
    }
}
