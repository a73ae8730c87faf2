using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using MusicBot.Core.Observability;
using Polly;
using Polly.CircuitBreaker;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>
/// One provider's resilience pipeline, shared by all its HTTP calls (so one circuit sees them all): total timeout →
/// retry → circuit breaker → per-attempt timeout. Reads are retried on network errors, time-outs, 5xx, 429 and the
/// refusals the provider's body reports as retryable; a submit (any POST) is never re-sent, since the first one may
/// have been taken: Core retries a certain refusal later, and never an answer that was lost.
/// </summary>
public static class ProviderResiliencePipeline
{
    private static readonly TimeSpan CircuitSamplingDuration = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Adds the pipeline to the provider's client; its circuit reports through the provider's keyed
    /// <see cref="CircuitBreakerStateProvider"/>, which the health check reads.
    /// </summary>
    public static IHttpClientBuilder AddProviderResilience<TOptions>(
        this IHttpClientBuilder http,
        string provider,
        Func<HttpResponseMessage, CancellationToken, ValueTask<RejectionKind>> classify)
        where TOptions : RemoteProviderOptions
    {
        ArgumentNullException.ThrowIfNull(http);
        http.AddResilienceHandler(provider, (pipeline, context) =>
        {
            var services = context.ServiceProvider;
            var options = services.GetRequiredService<IOptions<TOptions>>().Value;
            var metrics = services.GetRequiredService<MusicBotMetrics>();
            pipeline.TimeProvider = services.GetRequiredService<TimeProvider>();
            pipeline.AddTimeout(options.TotalTimeout);
            if (options.MaxRetries > 0)
            {
                var retry = new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryDelay,
                    ShouldHandle = async args =>
                    {
                        if (HttpClientResiliencePredicates.IsTransient(args.Outcome))
                        {
                            return true;
                        }

                        if (args.Outcome.Result is not { } response)
                        {
                            return false;
                        }

                        var rejection = await classify(response, args.Context.CancellationToken);
                        if (rejection == RejectionKind.RateLimited)
                        {
                            metrics.RateLimited(provider);
                        }

                        return rejection != RejectionKind.None;
                    },
                };
                retry.DisableForUnsafeHttpMethods(); // a submit is never replayed: the first may have been taken
                pipeline.AddRetry(retry);
            }

            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = options.CircuitMinimumThroughput,
                SamplingDuration = CircuitSamplingDuration,
                BreakDuration = options.CircuitBreakDuration,
                StateProvider = services.GetRequiredKeyedService<CircuitBreakerStateProvider>(provider),
            });
            pipeline.AddTimeout(options.AttemptTimeout);
        });
        return http;
    }
}
