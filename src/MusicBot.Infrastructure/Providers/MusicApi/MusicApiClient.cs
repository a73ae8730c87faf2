using System.Text.Json.Serialization.Metadata;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.MusicApi;

/// <summary>
/// The MusicAPI.ai sonic endpoints the bot uses: create (create / extend / cover music), the task query and
/// credits. Errors are real HTTP statuses with a message, which the reply carries.
/// </summary>
public sealed class MusicApiClient(HttpClient http)
{
    private static MusicApiJsonContext Json => MusicApiJsonContext.Default;

    public Task<ProviderReply<MusicApiCreateAccepted>> CreateAsync(MusicApiCreateBody body, CancellationToken cancellationToken) =>
        SendAsync(ProviderHttp.Post("api/v1/sonic/create", body, Json.MusicApiCreateBody), Json.MusicApiCreateAccepted, cancellationToken);

    public Task<ProviderReply<MusicApiTask>> GetTaskAsync(string taskId, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, $"api/v1/sonic/task/{Uri.EscapeDataString(taskId)}"), Json.MusicApiTask, cancellationToken);

    public Task<ProviderReply<MusicApiCredits>> GetCreditsAsync(CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, "api/v1/get-credits"), Json.MusicApiCredits, cancellationToken);

    private async Task<ProviderReply<T>> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> info, CancellationToken cancellationToken)
        where T : class
    {
        using (request)
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return response.IsSuccessStatusCode
                ? new ProviderReply<T>(response.StatusCode, ProviderHttp.TryRead(bytes, info))
                : new ProviderReply<T>(response.StatusCode, null, ProviderHttp.TryRead(bytes, Json.MusicApiError)?.Text);
        }
    }
}
