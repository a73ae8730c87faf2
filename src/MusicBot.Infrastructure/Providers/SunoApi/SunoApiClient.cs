using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.SunoApi;

/// <summary>
/// The sunoapi.org HTTP API (music-apis.md §2.4), one method per endpoint the bot uses. Typed client: its
/// HttpClient carries the base address, the Bearer key and the provider's resilience handler. It reports what the
/// API said; deciding what that means is <see cref="SunoApiProvider"/>'s job.
/// </summary>
public sealed class SunoApiClient(HttpClient http)
{
    private static SunoApiJsonContext Json => SunoApiJsonContext.Default;

    public Task<ProviderReply<SunoEnvelope<SunoTaskId>>> GenerateAsync(SunoGenerateBody body, CancellationToken cancellationToken) =>
        SubmitAsync(ProviderHttp.Post("api/v1/generate", body, Json.SunoGenerateBody), cancellationToken);

    public Task<ProviderReply<SunoEnvelope<SunoTaskId>>> ExtendAsync(SunoExtendBody body, CancellationToken cancellationToken) =>
        SubmitAsync(ProviderHttp.Post("api/v1/generate/extend", body, Json.SunoExtendBody), cancellationToken);

    public Task<ProviderReply<SunoEnvelope<SunoTaskId>>> UploadCoverAsync(SunoUploadCoverBody body, CancellationToken cancellationToken) =>
        SubmitAsync(ProviderHttp.Post("api/v1/generate/upload-cover", body, Json.SunoUploadCoverBody), cancellationToken);

    public Task<ProviderReply<SunoEnvelope<SunoTaskId>>> AddInstrumentalAsync(SunoAddInstrumentalBody body, CancellationToken cancellationToken) =>
        SubmitAsync(ProviderHttp.Post("api/v1/generate/add-instrumental", body, Json.SunoAddInstrumentalBody), cancellationToken);

    public Task<ProviderReply<SunoEnvelope<SunoTaskId>>> AddVocalsAsync(SunoAddVocalsBody body, CancellationToken cancellationToken) =>
        SubmitAsync(ProviderHttp.Post("api/v1/generate/add-vocals", body, Json.SunoAddVocalsBody), cancellationToken);

    public Task<ProviderReply<SunoEnvelope<SunoRecordInfo>>> GetRecordInfoAsync(string taskId, CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(http, Get("api/v1/generate/record-info", taskId), Json.SunoEnvelopeSunoRecordInfo, cancellationToken);

    /// <summary>Credits left on the bot's account (<c>data</c> is a bare number).</summary>
    public Task<ProviderReply<SunoEnvelope<double?>>> GetCreditsAsync(CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(http, new HttpRequestMessage(HttpMethod.Get, "api/v1/generate/credit"), Json.SunoEnvelopeNullableDouble, cancellationToken);

    public Task<ProviderReply<SunoEnvelope<SunoTaskId>>> GenerateLyricsAsync(SunoLyricsBody body, CancellationToken cancellationToken) =>
        SubmitAsync(ProviderHttp.Post("api/v1/lyrics", body, Json.SunoLyricsBody), cancellationToken);

    public Task<ProviderReply<SunoEnvelope<SunoLyricsRecord>>> GetLyricsRecordInfoAsync(string taskId, CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(http, Get("api/v1/lyrics/record-info", taskId), Json.SunoEnvelopeSunoLyricsRecord, cancellationToken);

    public Task<ProviderReply<SunoEnvelope<SunoTaskId>>> ConvertToWavAsync(SunoWavBody body, CancellationToken cancellationToken) =>
        SubmitAsync(ProviderHttp.Post("api/v1/wav/generate", body, Json.SunoWavBody), cancellationToken);

    public Task<ProviderReply<SunoEnvelope<SunoWavRecord>>> GetWavRecordInfoAsync(string taskId, CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(http, Get("api/v1/wav/record-info", taskId), Json.SunoEnvelopeSunoWavRecord, cancellationToken);

    public Task<ProviderReply<SunoEnvelope<SunoTaskId>>> SeparateStemsAsync(SunoVocalRemovalBody body, CancellationToken cancellationToken) =>
        SubmitAsync(ProviderHttp.Post("api/v1/vocal-removal/generate", body, Json.SunoVocalRemovalBody), cancellationToken);

    public Task<ProviderReply<SunoEnvelope<SunoVocalRemovalRecord>>> GetStemsRecordInfoAsync(string taskId, CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(http, Get("api/v1/vocal-removal/record-info", taskId), Json.SunoEnvelopeSunoVocalRemovalRecord, cancellationToken);

    /// <summary>Synchronous: the aligned words come back in the answer.</summary>
    public Task<ProviderReply<SunoEnvelope<SunoTimestampedLyrics>>> GetTimestampedLyricsAsync(SunoTimestampedLyricsBody body, CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(
            http, ProviderHttp.Post("api/v1/generate/get-timestamped-lyrics", body, Json.SunoTimestampedLyricsBody), Json.SunoEnvelopeSunoTimestampedLyrics, cancellationToken);

    private Task<ProviderReply<SunoEnvelope<SunoTaskId>>> SubmitAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        ProviderHttp.SendAsync(http, request, Json.SunoEnvelopeSunoTaskId, cancellationToken);

    private static HttpRequestMessage Get(string path, string taskId) =>
        new(HttpMethod.Get, $"{path}?taskId={Uri.EscapeDataString(taskId)}");
}
