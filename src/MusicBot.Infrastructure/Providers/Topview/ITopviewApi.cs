using Refit;

namespace MusicBot.Infrastructure.Providers.Topview;

/// <summary>
/// Topview's AI Music endpoints the bot calls: submit, query and credit detail. Every answer is
/// <c>{code, message, result}</c> with a string code. The client sends <c>Topview-Uid</c> and the Bearer key.
/// </summary>
public interface ITopviewApi
{
    [Post("/v1/common_task/ai_music/task/submit")]
    Task<ApiResponse<TopviewEnvelope<TopviewSubmitResult>>> SubmitAsync([Body] TopviewSubmitBody body, CancellationToken cancellationToken);

    /// <summary><paramref name="needCloudFrontUrl"/> is <c>true</c> or <c>false</c>, lower case as documented.</summary>
    [Get("/v1/common_task/ai_music/task/query")]
    Task<ApiResponse<TopviewEnvelope<TopviewQueryResult>>> QueryAsync(string taskId, string needCloudFrontUrl, CancellationToken cancellationToken);

    [Get("/user/credit/detail")]
    Task<ApiResponse<TopviewEnvelope<TopviewCreditDetail>>> GetCreditsAsync(CancellationToken cancellationToken);
}
