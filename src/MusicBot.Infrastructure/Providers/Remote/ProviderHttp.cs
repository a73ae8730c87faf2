using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Refit;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>
/// The HTTP plumbing the provider clients share: a Refit answer read as a <see cref="ProviderReply{T}"/>, lenient JSON
/// reads, and the peek at a body's business <c>code</c> the resilience pipeline classifies by.
/// </summary>
public static class ProviderHttp
{
    private const int MaxPeekBytes = 1 << 20;

    /// <summary>
    /// What the provider answered: its status and its body, null when the body is not the JSON the API documents (a
    /// proxy's error page, a garbled or cut answer), whatever the status. A 4xx or 5xx body is read too, since the
    /// sunoapi and Topview envelopes carry their codes in it. <paramref name="errorText"/> reads an API's error message.
    /// </summary>
    /// <remarks>
    /// A call that got no answer throws what the transport said (time-out, open circuit, refused connection), never
    /// Refit's wrapper: that one holds the live request with its Authorization header, which must not reach a log.
    /// </remarks>
    public static async Task<ProviderReply<T>> ReadAsync<T>(this Task<ApiResponse<T>> call, Func<ApiException, string?>? errorText = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(call);
        using var response = await call;
        if (response.HasRequestError(out var unanswered))
        {
            ExceptionDispatchInfo.Throw(unanswered.InnerException ?? unanswered);
        }

        var status = response.StatusCode ?? throw new InvalidOperationException("Refit gave neither an answer nor a transport error.");
        if (response.IsSuccessStatusCode)
        {
            return new ProviderReply<T>(status, response.Content);
        }

        var error = response.Error as ApiException;
        var body = error is not null && error.TryGetContentAs<T>(out var envelope) ? envelope : null;
        return new ProviderReply<T>(status, body, error is null ? null : errorText?.Invoke(error));
    }

    public static T? TryRead<T>(byte[] json, JsonTypeInfo<T> info)
        where T : class
    {
        if (json.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, info);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The top-level <c>code</c> of a JSON answer, as text (sunoapi sends a number, Topview a string); null when absent.</summary>
    public static async ValueTask<string?> PeekCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Content.Headers.ContentLength is > MaxPeekBytes)
        {
            return null;
        }

        // Buffered, so the client can still read the body after the pipeline looked at it.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("code", out var code))
            {
                return null;
            }

            return code.ValueKind switch
            {
                JsonValueKind.Number => code.GetRawText(),
                JsonValueKind.String => code.GetString(),
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
