using System.Net.Http.Headers;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MusicBot.Core.Observability;
using MusicBot.Core.Providers;
using MusicBot.Core.Validation;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Infrastructure.Providers.MusicApi;
using MusicBot.Infrastructure.Providers.Remote;
using MusicBot.Infrastructure.Providers.SunoApi;
using MusicBot.Infrastructure.Providers.Topview;
using Polly.CircuitBreaker;
using Refit;

namespace MusicBot.Infrastructure.Providers;

public static class RemoteProviderServiceCollectionExtensions
{
    /// <summary>An error answer longer than this is cut: the bot reads only its code or message.</summary>
    private const int MaxErrorBodyChars = 64 * 1024;

    /// <summary>
    /// The remote music providers. Every section is validated; a provider is registered (and so offered to users)
    /// only when its <c>ApiKey</c> is set. Call after <c>AddMusicBotCore()</c> (a configured sunoapi default model
    /// replaces the core rule set's default).
    /// </summary>
    public static IServiceCollection AddRemoteMusicProviders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        AddOptions<SunoApiOptions>(services, SunoApiOptions.SectionName, SunoApiExtraChecks);
        AddOptions<MusicApiOptions>(services, MusicApiOptions.SectionName, null);
        AddOptions<TopviewOptions>(services, TopviewOptions.SectionName, o => o.IsEnabled && string.IsNullOrWhiteSpace(o.Uid)
            ? [$"{TopviewOptions.SectionName}:Uid is required when {TopviewOptions.SectionName}:ApiKey is set (it is the Topview-Uid header)."]
            : []);
        services.AddQuietProviderTelemetry();
        services.AddHttpClient<AudioProbe>(http => http.Timeout = TimeSpan.FromSeconds(5)).RemoveAllLoggers();

        // Read only the keys here: binding a whole section now would throw on a malformed value before start-up
        // validation can report every problem at once.
        if (IsEnabled(configuration, SunoApiOptions.SectionName))
        {
            AddProvider<ISunoApi, SunoApiOptions>(services, ProviderNames.SunoApi, SunoApiJsonContext.Default, SunoApiErrors.ClassifyAsync, (_, _) => { });
            services.AddTransient<SunoApiProvider>();
            services.AddTransient<IMusicProvider>(sp => sp.GetRequiredService<SunoApiProvider>());
            services.AddTransient<IProviderCallbackReader, SunoApiCallbackReader>();
            UseDefaultModel(services, configuration[$"{SunoApiOptions.SectionName}:DefaultModel"]);
        }

        if (IsEnabled(configuration, MusicApiOptions.SectionName))
        {
            AddProvider<IMusicApi, MusicApiOptions>(services, ProviderNames.MusicApi, MusicApiJsonContext.Default, MusicApiErrors.ClassifyAsync, (_, _) => { });
            services.AddTransient<MusicApiProvider>();
            services.AddTransient<IMusicProvider>(sp => sp.GetRequiredService<MusicApiProvider>());
            services.AddTransient<IProviderCallbackReader, MusicApiWebhookReader>();
        }

        if (IsEnabled(configuration, TopviewOptions.SectionName))
        {
            AddProvider<ITopviewApi, TopviewOptions>(services, ProviderNames.Topview, TopviewJsonContext.Default, TopviewErrors.ClassifyAsync, (http, o) =>
            {
                if (!string.IsNullOrWhiteSpace(o.Uid))
                {
                    http.DefaultRequestHeaders.Add(TopviewCallbackReader.UidHeader, o.Uid);
                }
            });
            services.AddTransient<TopviewProvider>();
            services.AddTransient<IMusicProvider>(sp => sp.GetRequiredService<TopviewProvider>());
            services.AddTransient<IProviderCallbackReader, TopviewCallbackReader>();
        }

        return services;
    }

    private static bool IsEnabled(IConfiguration configuration, string section) =>
        !string.IsNullOrWhiteSpace(configuration[$"{section}:ApiKey"]);

    private static void AddOptions<TOptions>(IServiceCollection services, string section, Func<TOptions, IEnumerable<string>>? extra)
        where TOptions : RemoteProviderOptions
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(new RemoteProviderOptionsValidator<TOptions>(section, extra));
    }

    /// <summary>
    /// The API's Refit client over its source-generated JSON context (the lenient converters are on its types), its
    /// resilience pipeline (one per provider, so one circuit) and the circuit's health check.
    /// </summary>
    private static void AddProvider<TApi, TOptions>(
        IServiceCollection services,
        string name,
        JsonSerializerContext json,
        Func<HttpResponseMessage, CancellationToken, ValueTask<RejectionKind>> classify,
        Action<HttpClient, TOptions> configure)
        where TApi : class
        where TOptions : RemoteProviderOptions
    {
        services.AddKeyedSingleton(name, (_, _) => new CircuitBreakerStateProvider());
        services.AddSingleton<IHealthCheck>(sp => new ProviderCircuitHealthCheck(name, sp.GetRequiredKeyedService<CircuitBreakerStateProvider>(name)));
        services.AddRefitGeneratedClient<TApi>(
                json,
                _ => new RefitSettings
                {
                    ContentSerializer = SystemTextJsonContentSerializer.ForContext(json),
                    // Bytes with a Content-Length, as the APIs document; and a body that could be sent again.
                    RequestBodySerialization = RequestBodySerializationMode.Buffered,
                    MaxExceptionContentLength = MaxErrorBodyChars,
                },
                ProviderResiliencePipeline.ClientName(name))
            .ConfigureHttpClient((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<TOptions>>().Value;
                http.BaseAddress = options.BaseUrl;
                http.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's time-outs govern
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
                configure(http, options);
            })
            .AddProviderResilience<TOptions>(name, classify)
            // Default HTTP logging would print request lines and headers; keys and callback secrets stay out of logs.
            .RemoveAllLoggers();
    }

    private static IEnumerable<string> SunoApiExtraChecks(SunoApiOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.DefaultModel) && new SunoApiRules().ResolveModel(options.DefaultModel) is null)
        {
            yield return $"{SunoApiOptions.SectionName}:DefaultModel '{options.DefaultModel}' is not a sunoapi model; use one of {string.Join(", ", new SunoApiRules().Models)}.";
        }
    }

    private static void UseDefaultModel(IServiceCollection services, string? configured)
    {
        var core = services.FirstOrDefault(d => d.ServiceType == typeof(IProviderRules) && d.ImplementationType == typeof(SunoApiRules));
        if (string.IsNullOrWhiteSpace(configured) || core is null || new SunoApiRules().ResolveModel(configured) is not { } model)
        {
            return;
        }

        services.Remove(core);
        services.AddSingleton<IProviderRules>(new DefaultModelRules(new SunoApiRules(), model));
    }
}
