using MusicBot.Core.Credits;
using MusicBot.Core.Drafts;
using MusicBot.Core.Generation;
using MusicBot.Core.Songs;

namespace MusicBot.Core.Chat;

/// <summary>
/// What Core answers to a command. Each platform's renderer words these in its own format and language; the records
/// carry codes and data, never sentences or markup, so user text is escaped in exactly one place per platform.
/// </summary>
public abstract record ChatReply
{
    private protected ChatReply()
    {
    }
}

/// <summary>The commands of text platforms; <paramref name="IsWelcome"/> for <c>/start</c>.</summary>
public sealed record HelpReply(IReadOnlyList<CommandHelp> Commands, bool IsWelcome) : ChatReply;

/// <summary>A command was used wrongly: what was wrong; the renderer adds how to use <paramref name="Command"/>.</summary>
public sealed record UsageReply(string Command, UsageProblem Problem) : ChatReply;

/// <summary>
/// The draft, after showing or changing it: <paramref name="Change"/> says what just happened (to
/// <paramref name="Field"/>, for one field), <paramref name="Refused"/> the values that were not taken.
/// </summary>
public sealed record DraftReply(DraftView View, DraftChange Change = DraftChange.Shown, DraftField? Field = null, IReadOnlyList<FieldRefusal>? Refused = null) : ChatReply
{
    public IReadOnlyList<FieldRefusal> Refusals => Refused ?? [];
}

/// <summary>A field was not changed because the value was not understood.</summary>
public sealed record DraftRefusedReply(FieldRefusal Refusal, DraftView View) : ChatReply;

/// <summary>The next plain message will fill <paramref name="Field"/>.</summary>
public sealed record AwaitingInputReply(DraftField Field) : ChatReply;

/// <summary>The choices for a field (e.g. <c>/model</c> with no argument).</summary>
public sealed record ChoicesReply(DraftField Field, string Current, IReadOnlyList<string> Options) : ChatReply;

public sealed record GenerateReply(GenerateOutcome Outcome) : ChatReply;

public sealed record CreditsReply(CreditAccount Account, string Provider, string Model, int Price) : ChatReply;

public sealed record HistoryReply(IReadOnlyList<GenerationTask> Tasks) : ChatReply;

/// <summary>An admin changed (<paramref name="Action"/> set or grant) or looked at (show) a user's credits.</summary>
public sealed record QuotaReply(QuotaAction Action, CreditAccount Account) : ChatReply;

/// <summary>New users of the scope now start with <paramref name="Credits"/>.</summary>
public sealed record ScopeDefaultReply(int Credits) : ChatReply;

/// <summary>New members with the role now start with <paramref name="Credits"/> (null: the role's allowance was removed).</summary>
public sealed record RoleAllowanceReply(string RoleId, int? Credits) : ChatReply;

/// <summary>The scope's default allowance and its role allowances.</summary>
public sealed record AllowancesReply(int Default, IReadOnlyDictionary<string, int> Roles) : ChatReply;

/// <summary>An amount of credits outside 0 to <paramref name="Max"/>: nothing changed.</summary>
public sealed record QuotaOutOfRangeReply(QuotaAction Action, long Credits, int Max) : ChatReply;

/// <summary>The user may not run the command (<paramref name="Command"/>, when Core knows which).</summary>
public sealed record NotAllowedReply(NotAllowedBecause Because, string? Command = null) : ChatReply;

/// <summary>Plain text that was not a command and was not awaited: say how to start.</summary>
public sealed record NotACommandReply : ChatReply;

public sealed record UnknownCommandReply(string Command) : ChatReply;

/// <summary>One line of help: the command, whose usage and summary the renderer words.</summary>
public sealed record CommandHelp(string Command, bool IsAdminOnly);

/// <summary>What just happened to a draft.</summary>
public enum DraftChange
{
    Shown,
    Cleared,

    /// <summary>One field was set by its command (<see cref="DraftReply.Field"/>).</summary>
    Set,

    /// <summary>The field the user was asked for was filled by their message.</summary>
    Saved,

    /// <summary>Several fields were given at once; <see cref="DraftReply.Refusals"/> lists the ones not taken.</summary>
    Updated,

    /// <summary>A change was asked for without any field.</summary>
    NothingToChange,

    /// <summary>A generate request carried field values that were refused, so nothing was generated.</summary>
    NotGenerated,
}

public enum QuotaAction
{
    Show,
    Set,
    Grant,
    Default,
    Role,
}

public enum NotAllowedBecause
{
    /// <summary>The command is for admins of the scope.</summary>
    NotAdmin,

    /// <summary>A private scope has no admins (a private chat, a DM), so nobody manages credits there.</summary>
    PrivateScope,
}
