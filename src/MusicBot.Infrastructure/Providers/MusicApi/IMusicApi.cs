using Refit;

namespace MusicBot.Infrastructure.Providers.MusicApi;

/// <summary>
/// The MusicAPI.ai sonic endpoints the bot calls: create (create / extend / cover music), the task query and credits.
/// Errors are real HTTP statuses with a message (<see cref="MusicApiError"/>), which the reply carries.
/// </summary>
public interface IMusicApi
{
    [Post("/api/v1/sonic/create")]
    Task<ApiResponse<MusicApiCreateAccepted>> CreateAsync([Body] MusicApiCreateBody body, CancellationToken cancellationToken);

    [Get("/api/v1/sonic/task/{taskId}")]
    Task<ApiResponse<MusicApiTask>> GetTaskAsync(string taskId, CancellationToken cancellationToken);

    [Get("/api/v1/get-credits")]
    Task<ApiResponse<MusicApiCredits>> GetCreditsAsync(CancellationToken cancellationToken);
}
