using MusicBot.Core.Callbacks;

namespace MusicBot.Infrastructure.Providers.Callbacks;

/// <summary>
/// One provider's side of the callback endpoint: checks a delivery is genuine, reads it into a Core
/// <see cref="ProviderCallback"/>, and words the answer the provider expects. Registered only for configured
/// providers, so a callback for any other provider finds no reader (404).
/// </summary>
public interface IProviderCallbackReader
{
    string Provider { get; }

    /// <summary>False when a signature the provider sends does not match (the body was forged or altered).</summary>
    bool IsAuthentic(IReadOnlyDictionary<string, string> headers, byte[] body);

    /// <summary>The callback, or null when the body is not one this provider sends.</summary>
    ValueTask<ProviderCallback?> ReadAsync(IReadOnlyDictionary<string, string> headers, byte[] body, string? correlationId, CancellationToken cancellationToken);

    /// <summary>The JSON body of the 200 answer; <paramref name="callback"/> is null when the body could not be read.</summary>
    string Acknowledge(IReadOnlyDictionary<string, string> headers, byte[] body, ProviderCallback? callback);
}
