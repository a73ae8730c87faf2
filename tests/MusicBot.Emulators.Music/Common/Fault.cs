namespace MusicBot.Emulators.Music.Common;

/// <summary>One scripted misbehaviour of the next call to an endpoint.</summary>
public abstract record Fault
{
    private Fault()
    {
    }

    /// <summary>The provider's own error answer (sunoapi: HTTP 200 with <c>code</c>; Topview: a string code; MusicAPI: HTTP status + message).</summary>
    public sealed record Business(string Code, string Message) : Fault;

    /// <summary>A raw HTTP status, as a proxy or a crashed server would answer, with an optional body.</summary>
    public sealed record Http(int Status, string? Body = null) : Fault;

    /// <summary>A slow answer: wait, then behave normally.</summary>
    public sealed record Slow(TimeSpan By) : Fault;

    /// <summary>Do the work (create the task, charge), then wait before answering: the client's time-out fires after sending.</summary>
    public sealed record AcceptThenStall(TimeSpan By) : Fault;

    /// <summary>Answer normally, but with a null in place of the first take of the list (a clip, an output).</summary>
    public sealed record NullEntry : Fault;

    /// <summary>Close the connection without an answer, before doing anything.</summary>
    public sealed record Drop : Fault;

    /// <summary>Do the work, then close the connection without an answer.</summary>
    public sealed record AcceptThenDrop : Fault;
}
