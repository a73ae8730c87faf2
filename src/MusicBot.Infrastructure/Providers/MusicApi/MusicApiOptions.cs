namespace MusicBot.Infrastructure.Providers.MusicApi;

/// <summary>Section <c>MusicBot:Providers:MusicApi</c>: MusicAPI.ai's "sonic" API. On when <c>ApiKey</c> is set.</summary>
public sealed class MusicApiOptions() : Remote.RemoteProviderOptions(new Uri("https://api.musicapi.ai"))
{
    public const string SectionName = "MusicBot:Providers:MusicApi";

    /// <summary>
    /// Sent as <c>webhook_secret</c> and used to check each webhook's <c>X-Webhook-Signature</c>. Without it the
    /// vendor signs with a default secret the bot cannot know, so signatures go unchecked (the secret address
    /// still guards the endpoint).
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How far a webhook's <c>X-Webhook-Timestamp</c> may be from now before it is refused as a replay.</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);
}
