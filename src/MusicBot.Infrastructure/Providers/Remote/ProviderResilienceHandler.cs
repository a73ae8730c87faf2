namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>The outermost handler of a provider's typed client: every call goes through the provider's pipeline.</summary>
public sealed class ProviderResilienceHandler(ProviderResilience resilience) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        resilience.SendAsync(request, (message, token) => base.SendAsync(message, token), cancellationToken);
}
