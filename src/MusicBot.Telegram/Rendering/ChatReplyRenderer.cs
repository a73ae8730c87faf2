using System.Globalization;
using System.Text;
using MusicBot.Core.Chat;
using MusicBot.Core.Chat.Commands;
using MusicBot.Core.Generation;
using MusicBot.Core.Songs;
using MusicBot.Messages;
using Telegram.Bot.Types.ReplyMarkups;
using MusicBot.Telegram.Buttons;

namespace MusicBot.Telegram.Rendering;

/// <summary>
/// Turns Core's replies into Telegram HTML. Core's records carry codes and data, not markup, so every phrase and
/// user-supplied value is escaped here and nowhere else. <paramref name="ownerId"/> is the user the draft buttons act for.
/// </summary>
public static class ChatReplyRenderer
{
    public static OutgoingMessage Render(ChatReply reply, long ownerId, string? subjectName = null) => reply switch
    {
        HelpReply help => new(Help(help)),
        UsageReply usage => Usage(Words.Phrases.Problem(usage.Problem), usage.Command),
        DraftReply draft => new(DraftRenderer.Render(Headline(draft), draft.View, draft.Refusals), Keyboards.Draft(draft.View, ownerId)),
        DraftRefusedReply refused => new($"Not changed. {Html.Text(Words.Phrases.Refused(refused.Refusal), 500)}"),
        AwaitingInputReply awaiting => new(
            $"Send the {Words.Phrases.Field(awaiting.Field)} now, as a reply to this message; several lines are fine.",
            new ForceReplyMarkup { InputFieldPlaceholder = Words.Phrases.FieldTitle(awaiting.Field), Selective = true }),
        ChoicesReply choices => new(
            $"{Words.Phrases.FieldTitle(choices.Field)}: <b>{Html.Text(choices.Current, 60)}</b>. Choose from: {Html.Text(string.Join(", ", choices.Options), 1000)}."),
        GenerateReply generate => new(GenerateRenderer.Render(generate.Outcome)),
        CreditsReply credits => new(
            $"💳 You have <b>{Words.Credits(credits.Account.Balance)}</b> here ({Words.Credits(credits.Account.Reserved)} held by songs in progress). " +
            $"A song with {Html.Escape(credits.Provider)} {Html.Text(credits.Model, 60)} costs {Words.Credits(credits.Price)}."),
        HistoryReply history => new(History(history.Tasks)),
        QuotaReply quota => new(
            $"💳 {Html.Text(subjectName ?? $"User {quota.Account.User.UserId}", 100)} has <b>{Words.Credits(quota.Account.Balance)}</b> here " +
            $"({Words.Credits(quota.Account.Charged)} spent, {Words.Credits(quota.Account.Reserved)} held)."),
        ScopeDefaultReply scope => new($"New members here now start with {Words.Credits(scope.Credits)}."),
        RoleAllowanceReply role => new(role.Credits is { } credits
            ? $"New members with role {Html.Text(role.RoleId, 40)} now start with {Words.Credits(credits)}."
            : $"Role {Html.Text(role.RoleId, 40)} no longer has an allowance."),
        AllowancesReply allowances => new($"💳 New members here start with <b>{Words.Credits(allowances.Default)}</b>."),
        QuotaOutOfRangeReply range => Usage(
            Words.Phrases.Problem(new UsageProblem.QuotaNeedsUserAndAmount(range.Action.ToString().ToLowerInvariant(), range.Max)), QuotaCommand.CommandName),
        NotAllowedReply => new("🚫 Only admins of this chat can manage credits."),
        NotACommandReply => new("Commands start with a slash. Try <code>/style lo-fi piano</code>, then /generate. /help lists them all."),
        UnknownCommandReply unknown => new($"/{Html.Text(unknown.Command, 40)} is not a command. /help lists them all."),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "No Telegram rendering."),
    };

    /// <summary>What just happened to the draft, as the first line above it.</summary>
    public static string? Headline(DraftReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Change switch
        {
            DraftChange.Cleared => "Draft cleared.",
            DraftChange.Set => $"{Words.Phrases.FieldTitle(reply.Field!.Value)} set.",
            DraftChange.Saved => $"{Words.Phrases.FieldTitle(reply.Field!.Value)} saved.",
            DraftChange.Updated => "Draft updated.",
            DraftChange.NothingToChange => "Nothing to change.",
            DraftChange.NotGenerated => "Nothing was generated; fix these first.",
            _ => null,
        };
    }

    private static OutgoingMessage Usage(string problem, string command) =>
        new($"{Html.Text(problem, 500)}\nUsage: <code>{Html.Escape(Words.Phrases.Usage(command))}</code>");

    private static string Help(HelpReply help)
    {
        var text = new StringBuilder(help.IsWelcome
            ? "👋 <b>Welcome to MusicBot.</b> Describe a song, then /generate: two tracks come back here.\n\n"
            : "<b>Commands</b>\n");
        foreach (var command in help.Commands)
        {
            text.Append("<code>").Append(Html.Escape(Words.Phrases.Usage(command.Command))).Append("</code> ").Append(Html.Escape(Words.Phrases.Help(command.Command)));
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
            $"{Html.Text(t.Request.Title ?? t.Request.Style ?? "untitled", 60)} ({Html.Escape(Words.Phrases.State(t.State))})"));
    }
}
