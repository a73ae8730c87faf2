namespace MusicBot.Core.Chat;

/// <summary>
/// One Core command (<c>style</c>, <c>generate</c>, <c>extend</c>, <c>quota</c>, …), shared by every platform: Discord
/// options, Telegram and terminal text and button presses all arrive as an <see cref="Invocation"/> of it.
/// </summary>
public interface IChatCommand
{
    /// <summary>The command word, lower-case; on text platforms also what follows the slash.</summary>
    string Name { get; }

    /// <summary>What the command needs: an admin, and whether it starts a task (adapters show progress for those).</summary>
    CommandNeeds Needs { get; }

    /// <summary>What this use of the command needs, when some of its actions need more than others (<c>language default</c>).</summary>
    CommandNeeds NeedsFor(CommandArguments arguments) => Needs;

    /// <summary>
    /// The text grammar: how the words after <c>/name</c> become arguments, or what is wrong with them. Null for a
    /// command that text platforms do not offer (it is then neither parsed nor listed by help).
    /// </summary>
    TextParse? ParseText(string text);

    Task<ChatReply> HandleAsync(Invocation invocation, CancellationToken cancellationToken);
}

/// <summary>What a command requires before it runs, and what it does.</summary>
[Flags]
public enum CommandNeeds
{
    None = 0,

    /// <summary>Only admins of the scope may run it; Core refuses everybody else.</summary>
    Admin = 1,

    /// <summary>It starts a task (a song or an operation), whose progress the adapter shows.</summary>
    StartsTask = 2,
}

/// <summary>Text arguments parsed into named ones, or the problem with them.</summary>
public sealed record TextParse(CommandArguments? Arguments, UsageProblem? Problem = null)
{
    public static TextParse Of(params (string Name, string? Value)[] values) => new(CommandArguments.Of(values));

    public static TextParse Fail(UsageProblem problem) => new(null, problem);
}
