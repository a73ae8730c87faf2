using MusicBot.Core.Conversations;

namespace MusicBot.Core.Credits;

/// <summary>A user's balance in a scope and how it has been used; <see cref="Reserved"/> is held by unfinished tasks.</summary>
public sealed record CreditAccount(UserRef User, int Balance, int Reserved, int Charged, int Refunded, int Granted);
