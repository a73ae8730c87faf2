namespace MusicBot.Infrastructure.Providers.Topview;

/// <summary>
/// Section <c>MusicBot:Providers:Topview</c>: Topview's AI Music task. On when <c>ApiKey</c> is set; then
/// <c>Uid</c> (the account's <c>Topview-Uid</c> header) is required too.
/// </summary>
public sealed class TopviewOptions() : Remote.RemoteProviderOptions(new Uri("https://api.topview.ai"))
{
    public const string SectionName = "MusicBot:Providers:Topview";

    public string? Uid { get; set; }

    /// <summary>Ask the query for CloudFront CDN links instead of S3 ones.</summary>
    public bool NeedCloudFrontUrl { get; set; }
}
