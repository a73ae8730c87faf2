namespace MusicBot.Infrastructure.Providers.SunoApi;

/// <summary>
/// Section <c>MusicBot:Providers:SunoApi</c>: sunoapi.org (or the apibox mirror: the same API on another host,
/// e.g. <c>https://apibox.erweima.ai</c>). On when <c>ApiKey</c> is set.
/// </summary>
public sealed class SunoApiOptions() : Remote.RemoteProviderOptions(new Uri("https://api.sunoapi.org"))
{
    public const string SectionName = "MusicBot:Providers:SunoApi";

    /// <summary>The model a draft gets when its user picked none (one of the sunoapi models, e.g. V4_5 or V5).</summary>
    public string? DefaultModel { get; set; }
}
