using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using MusicBot.Core.Observability;
using Polly;
using Polly.CircuitBreaker;
using Polly.Telemetry;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>
/// One provider's resilience pipeline, shared by all its HTTP calls (so one circuit sees them all): total timeout →
/// retry → circuit breaker → per-attempt timeout. Reads are retried on network errors, time-outs, 5xx, 429 and the
/// refusals the provider's body reports as retryable; a submit (any POST) is never re-sent, since the first one may
/// have been taken: Core retries a certain refusal later, and never an answer that was lost.
/// </summary>
public static class ProviderResiliencePipeline
{
    private const string ClientPrefix = "provider-";

    private static readonly TimeSpan CircuitSamplingDuration = TimeSpan.FromSeconds(30);

    /// <summary>The provider's HTTP client name, which names its pipeline in logs and metrics (<c>provider-sunoapi-resilience</c>).</summary>
    public static string ClientName(string provider) => ClientPrefix + provider;

    /// <summary>
    /// Polly logs every attempt and every call at Information; for the providers' pipelines a call that needed no
    /// retry is Debug, so an operator's log shows only retries, time-outs and the circuit. Other pipelines keep theirs.
    /// </summary>
    public static IServiceCollection AddQuietProviderTelemetry(this IServiceCollection services) =>
        services.Configure<TelemetryOptions>(telemetry =>
        {
            var previous = telemetry.SeverityProvider;
            telemetry.SeverityProvider = args =>
                args.Source.PipelineName?.StartsWith(ClientPrefix, StringComparison.Ordinal) == true
                && args.Event.Severity == ResilienceEventSeverity.Information
                    ? ResilienceEventSeverity.Debug
                    : previous?.Invoke(args) ?? args.Event.Severity;
        });

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
        http.AddResilienceHandler("resilience", (pipeline, context) =>
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
