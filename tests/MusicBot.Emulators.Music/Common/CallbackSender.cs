using System.Collections.Concurrent;
using System.Text;

namespace MusicBot.Emulators.Music.Common;

/// <summary>
/// Delivers callbacks like the real services: POST JSON, a few retries when the receiver does not answer 2xx, then
/// give up. Hosts under the reserved <c>.invalid</c> domain never resolve, so they fail at once.
/// </summary>
public sealed class CallbackSender(HttpClient http)
{
    public ConcurrentQueue<CallbackDelivery> Deliveries { get; } = new();

    public int Attempts { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>True when the receiver accepted it; <paramref name="accept"/> may judge the answer body too (Topview's acknowledgement).</summary>
    public async Task<bool> SendAsync(
        string url,
        string json,
        IReadOnlyDictionary<string, string>? headers,
        Func<string, bool>? accept,
        CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var target) || target.Host.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase))
        {
            Deliveries.Enqueue(new CallbackDelivery(url, json, null, "unresolvable host"));
            return false;
        }

        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
                foreach (var (name, value) in headers ?? new Dictionary<string, string>())
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }

                using var response = await http.SendAsync(request, cancellationToken);
                var answer = await response.Content.ReadAsStringAsync(cancellationToken);
                Deliveries.Enqueue(new CallbackDelivery(url, json, (int)response.StatusCode, answer));
                if (response.IsSuccessStatusCode && (accept is null || accept(answer)))
                {
                    return true;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                Deliveries.Enqueue(new CallbackDelivery(url, json, null, ex.GetType().Name));
            }

            await Task.Delay(RetryDelay, cancellationToken);
        }

        return false;
    }
}
