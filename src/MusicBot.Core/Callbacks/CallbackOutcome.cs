namespace MusicBot.Core.Callbacks;

/// <summary>What a callback did. Every outcome is answered with success: a provider must not retry any of them.</summary>
public enum CallbackOutcome
{
    /// <summary>The task moved forward.</summary>
    Applied,

    /// <summary>Seen for the first time but too late or out of order to change anything.</summary>
    Unchanged,

    /// <summary>The same (task, stage) was delivered before.</summary>
    Duplicate,

    /// <summary>No task of this bot matches (another client's task, or an operation the bot does not track).</summary>
    UnknownTask,
}
