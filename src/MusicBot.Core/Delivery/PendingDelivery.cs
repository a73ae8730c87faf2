using MusicBot.Core.Conversations;

namespace MusicBot.Core.Delivery;

/// <summary>An outbox row waiting to be sent.</summary>
public sealed record PendingDelivery(long Id, long TaskId, UserRef User, DeliveryTarget Target, Notice Notice, int Attempts);
