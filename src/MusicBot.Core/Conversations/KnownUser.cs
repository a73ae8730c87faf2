namespace MusicBot.Core.Conversations;

/// <summary>A platform user the bot has seen, with the public handle others use to name them (a Telegram @username).</summary>
public sealed record KnownUser(string Platform, string UserId, string Handle, string DisplayName);
