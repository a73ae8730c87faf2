using MusicBot.Core.Credits;
using MusicBot.Core.Drafts;
using MusicBot.Core.Generation;

namespace MusicBot.Core.Chat;

/// <summary>
/// What Core answers to a chat message. Each adapter's renderer turns these into its own format; the records carry
/// data, not markup, so user text is escaped in exactly one place per platform.
/// </summary>
public abstract record ChatReply
{
    private protected ChatReply()
    {
    }
}

/// <summary>The command list; <paramref name="IsWelcome"/> for <c>/start</c>.</summary>
public sealed record HelpReply(IReadOnlyList<CommandHelp> Commands, bool IsWelcome) : ChatReply;

/// <summary>A command was used wrongly: what was wrong and how to use it.</summary>
public sealed record UsageReply(string Usage, string Problem) : ChatReply;

/// <summary>The draft, after showing or changing it; <paramref name="Headline"/> says what just happened.</summary>
public sealed record DraftReply(string? Headline, DraftView View) : ChatReply;

/// <summary>A field was not changed because the value was not understood.</summary>
public sealed record DraftRefusedReply(string Problem, DraftView View) : ChatReply;

/// <summary>The next plain message will fill <paramref name="Field"/>.</summary>
public sealed record AwaitingInputReply(DraftField Field) : ChatReply;

/// <summary>The choices for a field (e.g. <c>/model</c> with no argument).</summary>
public sealed record ChoicesReply(DraftField Field, string Current, IReadOnlyList<string> Options) : ChatReply;

public sealed record GenerateReply(GenerateOutcome Outcome) : ChatReply;

public sealed record CreditsReply(CreditAccount Account, string Provider, string Model, int Price) : ChatReply;

public sealed record HistoryReply(IReadOnlyList<GenerationTask> Tasks) : ChatReply;

/// <summary>An admin changed or looked at a user's credits.</summary>
public sealed record QuotaReply(string Action, CreditAccount Account) : ChatReply;

public sealed record ScopeDefaultReply(int Credits) : ChatReply;

/// <summary>The user may not do this (e.g. a non-admin's <c>/quota</c>).</summary>
public sealed record NotAllowedReply(string Reason) : ChatReply;

/// <summary>Plain text that was not a command and was not awaited: say how to start.</summary>
public sealed record NotACommandReply : ChatReply;

public sealed record UnknownCommandReply(string Command) : ChatReply;

/// <summary>One line of help.</summary>
public sealed record CommandHelp(string Usage, string Summary, bool IsAdminOnly);
