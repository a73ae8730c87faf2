namespace MusicBot.Emulators.Music.Common;

/// <summary>How a task's callbacks misbehave (the task itself progresses normally and can always be polled).</summary>
public enum CallbackFault
{
    None,

    /// <summary>Every callback is delivered twice.</summary>
    Duplicate,

    /// <summary>All stages are held back and delivered at the end in reverse order (complete first).</summary>
    OutOfOrder,

    /// <summary>No callback at all: only polling can finish the task.</summary>
    Missing,

    /// <summary>The intermediate stages arrive but the final one never does.</summary>
    MissingFinal,
}
