namespace MusicBot.Core.Delivery;

/// <summary>A platform adapter's way of sending a notice to the place a request came from.</summary>
public interface IDeliveryChannel
{
    string Platform { get; }

    Task<DeliveryResult> SendAsync(PendingDelivery delivery, CancellationToken cancellationToken);
}
