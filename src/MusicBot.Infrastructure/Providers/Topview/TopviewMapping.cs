using System.Text.Json;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Remote;

namespace MusicBot.Infrastructure.Providers.Topview;

/// <summary>Between the bot's request and progress and Topview's bodies (music-apis.md §4.2–§4.4).</summary>
public static class TopviewMapping
{
    public static TopviewSubmitBody ToSubmitBody(GenerationRequest request, string? noticeUrl)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new TopviewSubmitBody
        {
            Model = request.Model,
            Instrumental = request.Instrumental,
            // With instrumental on, Topview ignores lyrics and never forwards them; they are not sent at all.
            Lyrics = request.Instrumental ? null : request.Lyrics,
            Styles = request.Style,
            EnhancePrompt = request.EnhancePrompt,
            NoticeUrl = noticeUrl,
        };
    }

    /// <summary>
    /// Query result to progress: <c>init</c>/<c>running</c> (and any unknown status) pending, <c>success</c> complete
    /// with one track per output (pending while one is null), <c>fail</c> failed. Topview reports no title, cover or duration.
    /// </summary>
    public static ProviderProgress ToProgress(TopviewQueryResult? result) => result?.Status switch
    {
        // A null output (a poll answer can hold one) is a take left out: not done yet, so the poll goes on
        // (bounded by the task's time-out) instead of throwing on it.
        "success" when result.Outputs?.Any(o => o is null) == true => ProviderProgress.Pending,
        "success" => new ProviderProgress(ProviderStage.Complete, [.. (result.Outputs ?? []).Select((output, i) => ToTrack(result, output, i))]),
        "fail" => ProviderProgress.Failed(ProviderFailures.GenerationFailed(ProviderNames.Topview, "fail", result.ErrorMsg)),
        _ => ProviderProgress.Pending,
    };

    /// <summary>The query result a callback carries: an object, a string holding one, or only the top-level status.</summary>
    public static TopviewQueryResult ResultOf(TopviewCallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var embedded = callback.Result switch
        {
            { ValueKind: JsonValueKind.Object } element => element.Deserialize(TopviewJsonContext.Default.TopviewQueryResult),
            { ValueKind: JsonValueKind.String } element => ProviderHttp.TryRead(
                System.Text.Encoding.UTF8.GetBytes(element.GetString() ?? ""), TopviewJsonContext.Default.TopviewQueryResult),
            _ => null,
        };
        var result = embedded ?? new TopviewQueryResult();
        return result with
        {
            TaskId = result.TaskId ?? callback.TaskId,
            Status = callback.Status ?? result.Status,
            ErrorMsg = result.ErrorMsg ?? callback.ErrorMsg,
        };
    }

    private static ProviderTrack ToTrack(TopviewQueryResult result, TopviewOutput output, int position) => new()
    {
        Index = position + 1,
        ProviderTrackId = output.FileId,
        AudioUrl = string.IsNullOrWhiteSpace(output.Url) ? null : output.Url,
        StreamUrl = string.IsNullOrWhiteSpace(output.Url) ? null : output.Url,
        Style = result.EnhancePromptStyle ?? result.Styles,
    };
}
