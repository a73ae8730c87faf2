namespace MusicBot.Core.Work;

/// <summary>Wakes the delivery worker: notices were written to the outbox.</summary>
public sealed class DeliverySignal : WakeSignal;
