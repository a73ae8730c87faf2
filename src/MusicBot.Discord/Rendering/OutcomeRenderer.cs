using System.Globalization;
using System.Text;
using MusicBot.Core.Credits;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Discord.Json;
using MusicBot.Messages;

namespace MusicBot.Discord.Rendering;

/// <summary>Answers to <c>/music generate</c>, <c>/music credits</c>, <c>/music history</c> and <c>/music-quota</c>.</summary>
public static class OutcomeRenderer
{
    /// <summary>
    /// The message for a submit, and whether only the user should see it: everything but a queued task, and AI lyrics
    /// even then, since they are written into the user's draft.
    /// </summary>
    public static (MessagePayload Message, bool IsEphemeral) Generate(GenerateOutcome outcome, ReplySource source = ReplySource.Command) => outcome switch
    {
        GenerateOutcome.Queued queued => (ProgressRenderer.Queued(queued.Task, queued.QueuePosition, queued.BalanceAfter, queued.Notes),
            queued.Task.Request.OperationKind == OperationKind.Lyrics),
        // A button on someone else's song names whose it is (allowed_mentions keeps the mention from pinging).
        GenerateOutcome.Refused { Reason: Refusal.NotYourSong mine } when source == ReplySource.SongButton => (NotYours(mine), true),
        GenerateOutcome.Refused refused => (DiscordRenderer.Notice(Words.Refused(refused.Reason)), true),
        GenerateOutcome.AlreadySubmitted again => (DiscordRenderer.Notice($"That request was already taken (song #{again.Task.Id}, {Words.State(again.Task.State)})."), true),
        GenerateOutcome.Invalid invalid => (Invalid(invalid), true),
        GenerateOutcome.NotEnoughCredits poor => (DiscordRenderer.Notice(
            $"Not enough credits: this song costs {Words.Credits(poor.Price)} and you have {Words.Credits(poor.Balance)}. Ask a server admin for more."), true),
        GenerateOutcome.TooManyInFlight busy => (DiscordRenderer.Notice(
            $"You already have {busy.InFlight} songs in progress (the limit is {busy.Max}). Wait for one to finish, then try again."), true),
        GenerateOutcome.ProviderUnavailable missing => (DiscordRenderer.Notice(
            $"{DiscordText.Escape(missing.Provider)} is not set up on this bot. Pick one of {string.Join(", ", missing.Available)} with `/music draft set provider:`."), true),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.GetType().Name, null),
    };

    private static Phrases Words => DiscordSyntax.Words;

    private static MessagePayload NotYours(Refusal.NotYourSong refusal)
    {
        var who = refusal.OwnerId is { } owner ? $"<@{owner}>" : "its requester";
        return DiscordRenderer.Notice(refusal.Operation == OperationKind.Extend
            ? $"Only {who} can extend this song. Extend one of yours with `/music extend`."
            : $"Only {who} can regenerate this song. Make your own with `/music generate`.");
    }

    public static MessagePayload Credits(CreditAccount account, string provider, string model, int price) => DiscordRenderer.WithEmbed(new Embed
    {
        Title = "Your credits here",
        Description = $"You have **{Words.Credits(account.Balance)}** ({Words.Credits(account.Reserved)} held by songs in progress).\n" +
            $"A song with {DiscordText.Escape(provider)} {DiscordText.Escape(model)} costs {Words.Credits(price)}; you pay only when it succeeds.",
        Color = DiscordRenderer.Blue,
    });

    public static MessagePayload History(IReadOnlyList<GenerationTask> tasks)
    {
        if (tasks.Count == 0)
        {
            return DiscordRenderer.Notice("No songs yet. Set a style with `/music draft set style:` and run `/music generate`.");
        }

        var lines = tasks.Select(t => string.Create(
            CultureInfo.InvariantCulture,
            $"**#{t.Id}** {t.CreatedAt:yyyy-MM-dd HH:mm} · {Kind(t)}{t.Provider} {DiscordText.Escape(t.Request.Model)} · {DiscordText.Excerpt(DiscordText.Escape(t.Request.Title ?? t.Request.Style ?? "untitled"), 80)} · {Words.State(t.State)}"));
        return DiscordRenderer.WithEmbed(new Embed { Title = "Your last requests", Description = string.Join('\n', lines), Color = DiscordRenderer.Blue });
    }

    /// <summary>"extension of song #3 · " for an operation's task; nothing for a new song.</summary>
    private static string Kind(GenerationTask task) =>
        OperationWording.Origin(task.Request.Operation) is { } origin ? $"{origin} · "
        : task.Request.OperationKind == OperationKind.Lyrics ? "AI lyrics · "
        : "";

    public static MessagePayload Account(string verb, CreditAccount account) => DiscordRenderer.Notice(
        $"{verb} <@{account.User.UserId}> now has {Words.Credits(account.Balance)} ({Words.Credits(account.Charged)} spent, {Words.Credits(account.Reserved)} held).");

    public static MessagePayload Allowances(int scopeDefault, IReadOnlyDictionary<string, int> roles)
    {
        var text = new StringBuilder($"New members start with **{Words.Credits(scopeDefault)}**");
        if (roles.Count == 0)
        {
            text.Append(". No role allowances are set (`/music-quota role`).");
        }
        else
        {
            text.Append(", or the highest allowance of their roles:");
            foreach (var (role, credits) in roles)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n<@&{role}>: {Words.Credits(credits)}");
            }
        }

        return DiscordRenderer.WithEmbed(new Embed { Title = "Credit allowances on this server", Description = text.ToString(), Color = DiscordRenderer.Blue });
    }

    private static MessagePayload Invalid(GenerateOutcome.Invalid invalid)
    {
        var problems = string.Join('\n', invalid.Report.Violations.Select(v => $"• {DiscordText.Escape(Words.Violation(v))}"));
        return DiscordRenderer.WithEmbed(new Embed
        {
            Title = $"Can't generate with {invalid.Provider} {DiscordText.Escape(invalid.Model)} yet",
            Description = $"Nothing was charged. Fix these, then try again:\n{problems}",
            Color = DiscordRenderer.Orange,
        });
    }
}
