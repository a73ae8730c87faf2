using System.Net;
using MusicBot.Core.Observability;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>
/// One provider's resilience pipeline, shared by all its HTTP calls (so the circuit breaker sees them all):
/// total timeout → retry → circuit breaker → per-attempt timeout. Reads retry network errors, time-outs, 5xx and
/// retryable refusals; submits retry only a refusal that certainly was not processed (a retryable code, or a
/// connection that never opened), never a time-out or a 5xx after the request was sent.
/// </summary>
public sealed class ProviderResilience
{
    private static readonly ResiliencePropertyKey<bool> IsSubmitKey = new("musicbot.is-submit");

    private readonly CircuitBreakerStateProvider _circuit = new();

    public ProviderResilience(
        string provider,
        RemoteProviderOptions options,
        Func<HttpResponseMessage, CancellationToken, ValueTask<RejectionKind>> classify,
        MusicBotMetrics metrics,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        Provider = provider;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time, Name = $"provider-{provider}" };
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldHandle = async args =>
                {
                    var isSubmit = args.Context.Properties.GetValue(IsSubmitKey, false);
                    if (args.Outcome.Exception is { } exception)
                    {
                        return isSubmit ? IsConnectFailure(exception) : exception is HttpRequestException or TimeoutRejectedException;
                    }

                    var response = args.Outcome.Result!;
                    var rejection = await classify(response, args.Context.CancellationToken);
                    if (rejection == RejectionKind.RateLimited)
                    {
                        metrics.RateLimited(provider);
                    }

                    return rejection is RejectionKind.RateLimited or RejectionKind.Unavailable
                        || (!isSubmit && (rejection == RejectionKind.ServerError || (int)response.StatusCode >= 500));
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = 0.5,
            MinimumThroughput = options.CircuitMinimumThroughput,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = options.CircuitBreakDuration,
            StateProvider = _circuit,
            ShouldHandle = args => ValueTask.FromResult(IsServerFailure(args.Outcome)),
        });
        builder.AddTimeout(options.AttemptTimeout);
        Pipeline = builder.Build();
    }

    public string Provider { get; }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    public CircuitState CircuitState => _circuit.CircuitState;

    /// <summary>Runs one HTTP send through the pipeline, marking whether it is a submit (anything but GET).</summary>
    public async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(send);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(IsSubmitKey, request.Method != HttpMethod.Get);
        try
        {
            return await Pipeline.ExecuteAsync(async ctx => await send(request, ctx.CancellationToken), context);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>True only when the request certainly never reached the provider (the circuit was open, or no connection).</summary>
    public static bool NeverSent(Exception exception) => exception is BrokenCircuitException || IsConnectFailure(exception);

    private static bool IsConnectFailure(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };

    private static bool IsServerFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || (outcome.Result is { } response && ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout));
}
