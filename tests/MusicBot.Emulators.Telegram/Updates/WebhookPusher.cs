using System.Net.Http.Headers;
using System.Text;

namespace MusicBot.Emulators.Telegram.Updates;

/// <summary>
/// Delivers queued updates to the webhook as the reference server does: one Update JSON per POST, with
/// <c>X-Telegram-Bot-Api-Secret-Token</c> when a secret was set; any 2xx confirms the update; anything else, or no
/// answer within the timeout, is retried after a pause (the same update again) and recorded as the last error.
/// </summary>
public sealed class WebhookPusher(PendingUpdates queue, WebhookState webhook, TimeSpan retryDelay, TimeSpan timeout, TimeProvider time) : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = timeout };
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public void Start() => _loop = Task.Run(() => RunAsync(_stop.Token));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _http.Dispose();
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var arrived = queue.Arrived;
            if (webhook.Url is not { } url || queue.Peek() is not { } next)
            {
                await Task.WhenAny(arrived, Task.Delay(TimeSpan.FromMilliseconds(50), stop));
                continue;
            }

            if (await DeliverAsync(url, next.Json, stop))
            {
                queue.Remove(next.Id);
                webhook.Delivered();
            }
            else
            {
                await Task.Delay(retryDelay, stop);
            }
        }
    }

    private async Task<bool> DeliverAsync(string url, string json, CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (webhook.Secret is { } secret)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        try
        {
            using var response = await _http.SendAsync(request, stop);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            webhook.Failed(time.GetUtcNow().ToUnixTimeSeconds(), $"Wrong response from the webhook: {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (HttpRequestException ex)
        {
            webhook.Failed(time.GetUtcNow().ToUnixTimeSeconds(), $"Connection failed: {ex.Message}");
        }
        catch (TaskCanceledException) when (!stop.IsCancellationRequested)
        {
            webhook.Failed(time.GetUtcNow().ToUnixTimeSeconds(), "Read timeout expired");
        }

        return false;
    }
}
