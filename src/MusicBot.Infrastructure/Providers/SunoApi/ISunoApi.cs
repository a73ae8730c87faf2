using Refit;

namespace MusicBot.Infrastructure.Providers.SunoApi;

/// <summary>
/// The sunoapi.org HTTP API (music-apis.md §2.4; the apibox mirror serves the same paths): every endpoint the bot
/// calls. Each answer is <c>{code, msg, data}</c>, and its <c>code</c>, not the HTTP status, says whether it worked;
/// <see cref="SunoApiProvider"/> decides what that means. Registered with the base address, the Bearer key and the
/// provider's resilience pipeline, which never re-sends a POST.
/// </summary>
public interface ISunoApi
{
    [Post("/api/v1/generate")]
    Task<ApiResponse<SunoEnvelope<SunoTaskId>>> GenerateAsync([Body] SunoGenerateBody body, CancellationToken cancellationToken);

    [Post("/api/v1/generate/extend")]
    Task<ApiResponse<SunoEnvelope<SunoTaskId>>> ExtendAsync([Body] SunoExtendBody body, CancellationToken cancellationToken);

    [Post("/api/v1/generate/upload-cover")]
    Task<ApiResponse<SunoEnvelope<SunoTaskId>>> UploadCoverAsync([Body] SunoUploadCoverBody body, CancellationToken cancellationToken);

    [Post("/api/v1/generate/add-instrumental")]
    Task<ApiResponse<SunoEnvelope<SunoTaskId>>> AddInstrumentalAsync([Body] SunoAddInstrumentalBody body, CancellationToken cancellationToken);

    [Post("/api/v1/generate/add-vocals")]
    Task<ApiResponse<SunoEnvelope<SunoTaskId>>> AddVocalsAsync([Body] SunoAddVocalsBody body, CancellationToken cancellationToken);

    /// <summary>The music task (songs, extensions, added parts) and its tracks.</summary>
    [Get("/api/v1/generate/record-info")]
    Task<ApiResponse<SunoEnvelope<SunoRecordInfo>>> GetRecordInfoAsync(string taskId, CancellationToken cancellationToken);

    /// <summary>Credits left on the bot's account (<c>data</c> is a bare number).</summary>
    [Get("/api/v1/generate/credit")]
    Task<ApiResponse<SunoEnvelope<double?>>> GetCreditsAsync(CancellationToken cancellationToken);

    [Post("/api/v1/lyrics")]
    Task<ApiResponse<SunoEnvelope<SunoTaskId>>> GenerateLyricsAsync([Body] SunoLyricsBody body, CancellationToken cancellationToken);

    [Get("/api/v1/lyrics/record-info")]
    Task<ApiResponse<SunoEnvelope<SunoLyricsRecord>>> GetLyricsRecordInfoAsync(string taskId, CancellationToken cancellationToken);

    [Post("/api/v1/wav/generate")]
    Task<ApiResponse<SunoEnvelope<SunoTaskId>>> ConvertToWavAsync([Body] SunoWavBody body, CancellationToken cancellationToken);

    [Get("/api/v1/wav/record-info")]
    Task<ApiResponse<SunoEnvelope<SunoWavRecord>>> GetWavRecordInfoAsync(string taskId, CancellationToken cancellationToken);

    [Post("/api/v1/vocal-removal/generate")]
    Task<ApiResponse<SunoEnvelope<SunoTaskId>>> SeparateStemsAsync([Body] SunoVocalRemovalBody body, CancellationToken cancellationToken);

    [Get("/api/v1/vocal-removal/record-info")]
    Task<ApiResponse<SunoEnvelope<SunoVocalRemovalRecord>>> GetStemsRecordInfoAsync(string taskId, CancellationToken cancellationToken);

    /// <summary>Synchronous: the aligned words come back in the answer. A read, but a POST, so it is never retried.</summary>
    [Post("/api/v1/generate/get-timestamped-lyrics")]
    Task<ApiResponse<SunoEnvelope<SunoTimestampedLyrics>>> GetTimestampedLyricsAsync([Body] SunoTimestampedLyricsBody body, CancellationToken cancellationToken);
}
