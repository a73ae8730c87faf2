using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.Topview;

/// <summary>Topview's AI Music endpoints: submit, query and credit detail. The typed client sends <c>Topview-Uid</c> and the Bearer key.</summary>
public sealed class TopviewClient(HttpClient http)
{
    private static TopviewJsonContext Json => TopviewJsonContext.Default;

    public Task<ProviderReply<TopviewEnvelope<TopviewSubmitResult>>> SubmitAsync(TopviewSubmitBody body, CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(
            http, ProviderHttp.Post("v1/common_task/ai_music/task/submit", body, Json.TopviewSubmitBody), Json.TopviewEnvelopeTopviewSubmitResult, cancellationToken);

    public Task<ProviderReply<TopviewEnvelope<TopviewQueryResult>>> QueryAsync(string taskId, bool needCloudFrontUrl, CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(
            http,
            new HttpRequestMessage(
                HttpMethod.Get,
                $"v1/common_task/ai_music/task/query?taskId={Uri.EscapeDataString(taskId)}&needCloudFrontUrl={(needCloudFrontUrl ? "true" : "false")}"),
            Json.TopviewEnvelopeTopviewQueryResult,
            cancellationToken);

    public Task<ProviderReply<TopviewEnvelope<TopviewCreditDetail>>> GetCreditsAsync(CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(http, new HttpRequestMessage(HttpMethod.Get, "user/credit/detail"), Json.TopviewEnvelopeTopviewCreditDetail, cancellationToken);
}
