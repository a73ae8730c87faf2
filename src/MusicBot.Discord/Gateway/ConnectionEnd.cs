namespace MusicBot.Discord.Gateway;

/// <summary>How a connection ended: what to do next, a description for the log, and whether it got a session at all.</summary>
internal sealed record ConnectionEnd(ReconnectAction Action, string Reason, bool HadSession, int? CloseCode = null);
