namespace MusicBot.Core.Signals;

/// <summary>Wakes the delivery worker: notices were written to the outbox.</summary>
public sealed class DeliverySignal : WakeSignal;
