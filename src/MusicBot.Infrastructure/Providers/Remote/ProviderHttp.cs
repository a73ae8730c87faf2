using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>The JSON plumbing the provider clients share: source-generated (de)serialisation, lenient reads.</summary>
public static class ProviderHttp
{
    private const int MaxPeekBytes = 1 << 20;

    /// <summary>A JSON POST; the body is bytes, so the resilience handler can send it again when that is allowed.</summary>
    public static HttpRequestMessage Post<TBody>(string path, TBody body, JsonTypeInfo<TBody> info)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, info));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }

    public static async Task<ProviderReply<TResult>> SendAsync<TResult>(
        HttpClient http, HttpRequestMessage request, JsonTypeInfo<TResult> info, CancellationToken cancellationToken)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(http);
        using (request)
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return new ProviderReply<TResult>(response.StatusCode, TryRead(bytes, info));
        }
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
