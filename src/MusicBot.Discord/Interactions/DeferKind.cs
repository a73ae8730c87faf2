namespace MusicBot.Discord.Interactions;

/// <summary>How an interaction is acknowledged when its work outlasts the ack budget.</summary>
public enum DeferKind
{
    /// <summary>Never deferred: the handler answers with a modal, which cannot follow a deferral.</summary>
    None,

    /// <summary>Type 5 with the ephemeral flag: "thinking…" only the user sees.</summary>
    Ephemeral,

    /// <summary>Type 5: "thinking…" in the channel; the answer is public.</summary>
    Public,

    /// <summary>Type 6: components only; the clicked message is edited later.</summary>
    Update,
}
