using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Conversations;
using MusicBot.Core.Observability;
using MusicBot.Telegram.Api.Models;

namespace MusicBot.Telegram.Api;

/// <summary>
/// POSTs one Bot API method and unwraps the envelope. Its <see cref="HttpClient"/> has the token in its base address
/// and no HTTP loggers; every failure leaves here as an exception whose message holds no URL. A 429 is waited out
/// (<c>parameters.retry_after</c>) and repeated, up to <see cref="TelegramOptions.MaxRetryAfterWait"/>.
/// </summary>
public sealed partial class BotApiTransport(
    HttpClient http,
    IOptions<TelegramOptions> options,
    MusicBotMetrics metrics,
    TimeProvider time,
    ILogger<BotApiTransport> logger)
{
    private const int MaxAttempts = 4;

    public Task<T> CallAsync<TRequest, T>(string method, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<T> resultType, CallKind kind, CancellationToken cancellationToken) =>
        SendAsync(method, _ => Task.FromResult<HttpContent>(JsonContent.Create(request, requestType)), resultType, kind, cancellationToken);

    /// <summary>Sends a body built per attempt (a multipart upload re-opens its files on a retry).</summary>
    public async Task<T> SendAsync<T>(string method, Func<CancellationToken, Task<HttpContent>> body, JsonTypeInfo<T> resultType, CallKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        for (var attempt = 1; ; attempt++)
        {
            using var content = await body(cancellationToken);
            var envelope = await PostAsync(method, content, kind, cancellationToken);
            if (envelope.Ok)
            {
                return envelope.Result.Deserialize(resultType)
                    ?? throw new TelegramTransportException(method, "the answer had no result");
            }

            var error = ToException(method, envelope);
            if (error.ErrorCode != 429)
            {
                throw error;
            }

            metrics.RateLimited(Platforms.Telegram);
            var wait = error.RetryAfter ?? TimeSpan.FromSeconds(1);
            if (attempt >= MaxAttempts || wait > options.Value.MaxRetryAfterWait)
            {
                throw error;
            }

            LogFloodWait(method, wait, attempt);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private async Task<ResponseEnvelope> PostAsync(string method, HttpContent content, CallKind kind, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var limit = TimeoutOf(kind);
        timeout.CancelAfter(limit);
        try
        {
            using var response = await http.PostAsync(method, content, timeout.Token);
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, TelegramJsonContext.Default.ResponseEnvelope, timeout.Token)
                    ?? throw new TelegramTransportException(method, $"HTTP {(int)response.StatusCode} with an empty body");
            }
            catch (JsonException)
            {
                throw new TelegramTransportException(method, $"HTTP {(int)response.StatusCode} with a body that is not a Bot API answer");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TelegramTransportException(method, $"no answer within {limit.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            throw new TelegramTransportException(method, Redact(ex));
        }
    }

    private TimeSpan TimeoutOf(CallKind kind)
    {
        var settings = options.Value;
        return kind switch
        {
            // The server holds a long poll for up to PollTimeout; give the answer time to travel.
            CallKind.LongPoll => settings.PollTimeout + TimeSpan.FromSeconds(15),
            CallKind.Upload => settings.UploadTimeout,
            _ => settings.RequestTimeout,
        };
    }

    /// <summary>The exception chain as one line, with the token cut out wherever it might appear.</summary>
    private string Redact(Exception exception)
    {
        var parts = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            parts.Add($"{current.GetType().Name}: {current.Message}");
        }

        var text = string.Join(" → ", parts);
        var token = options.Value.BotToken;
        return string.IsNullOrEmpty(token) ? text : text.Replace(token, "[token]", StringComparison.Ordinal);
    }

    private static TelegramApiException ToException(string method, ResponseEnvelope envelope)
    {
        var retryAfter = envelope.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : (TimeSpan?)null;
        return new TelegramApiException(method, envelope.ErrorCode ?? 0, envelope.Description ?? "no description", retryAfter, envelope.Parameters?.MigrateToChatId);
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Telegram flood control on {Method}: waiting {Wait} before attempt {Attempt}")]
    private partial void LogFloodWait(string method, TimeSpan wait, int attempt);
}
