namespace MusicBot.Emulators.Music.Common;

/// <summary>A request as the emulator received it, for field-by-field contract checks.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At);

/// <summary>A callback the emulator delivered (or tried to), with the receiver's answer.</summary>
public sealed record CallbackDelivery(string Url, string Body, int? Status, string? Response)
{
    public bool IsAccepted => Status is >= 200 and < 300;
}
