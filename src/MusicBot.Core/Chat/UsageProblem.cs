using MusicBot.Core.Songs;

namespace MusicBot.Core.Chat;

/// <summary>Why a command's arguments were not understood; the reply shows the command's usage with it.</summary>
public abstract record UsageProblem
{
    private protected UsageProblem()
    {
    }

    /// <summary><c>from</c> without a number of seconds after it.</summary>
    public sealed record FromNeedsSeconds : UsageProblem;

    /// <summary><paramref name="Word"/> is not a song or take number (nor, where <paramref name="AllowsFrom"/>, a <c>from</c> point).</summary>
    public sealed record NotASongOrTake(string Word, bool AllowsFrom) : UsageProblem;

    /// <summary>The field's command was given no value, and the field cannot be asked for or listed.</summary>
    public sealed record FieldNeedsValue(DraftField Field) : UsageProblem;

    /// <summary>A quota command without an action.</summary>
    public sealed record QuotaNoAction : UsageProblem;

    /// <summary>Not a quota action, or its arguments are missing.</summary>
    public sealed record QuotaUnknownAction(string Action) : UsageProblem;

    /// <summary>Show needs a user: a reply to them, or their id.</summary>
    public sealed record QuotaNeedsUser : UsageProblem;

    /// <summary>Set or grant needs a user and a whole number of credits within the limit.</summary>
    public sealed record QuotaNeedsUserAndAmount(string Action, int Max) : UsageProblem;
}
