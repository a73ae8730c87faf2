namespace MusicBot.Core.Inbox;

/// <summary>An update received but not yet processed: its id and its body exactly as the platform sent it.</summary>
public sealed record QueuedUpdate(long UpdateId, string Payload);
