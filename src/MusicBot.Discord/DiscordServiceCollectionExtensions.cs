using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MusicBot.Core.Delivery;
using MusicBot.Core.Observability;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Delivery;
using MusicBot.Discord.Gateway;
using MusicBot.Discord.Http;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Rest;
using MusicBot.Localization;
using MusicBot.Core.Work;

namespace MusicBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// The Discord adapter. Its options are always bound (the banner and the terminal chat read them); everything else
    /// is registered only when <c>MusicBot:Discord:BotToken</c> is set. The gateway runs unless
    /// <c>GatewayEnabled</c> is false; a <c>PublicKey</c> adds the HTTP interactions endpoint (mapped by the host with
    /// <see cref="DiscordInteractionsEndpoint.MapDiscordInteractions"/>).
    /// </summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        var settings = configuration.GetSection(DiscordOptions.SectionName).Get<DiscordOptions>() ?? new DiscordOptions();
        if (!settings.IsEnabled)
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(DiscordRestClient.HttpClientName, (provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
                var baseUrl = options.ApiBaseUrl.AbsoluteUri;
                http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", options.BotToken);
                http.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (https://github.com/musicbot/musicbot, 1.0)");
                http.Timeout = TimeSpan.FromSeconds(30);
            })
            // Interaction tokens are part of request paths; the default request logging would print them.
            .RemoveAllLoggers();
        services.AddHttpClient(MediaDownloader.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(60)).RemoveAllLoggers();

        services.AddSingleton<DiscordRateLimiter>();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<DiscordApi>();
        services.AddMusicBotLocalization();
        services.AddSingleton<CommandDefinitions>();
        services.AddSingleton<MediaDownloader>();
        services.AddSingleton<TrackAudio>();
        services.AddSingleton<TrackViewReader>();
        services.AddSingleton<LyricsFileReader>();

        services.AddSingleton<GatewayLocator>();
        services.AddSingleton<IdentifyGate>();
        services.AddSingleton<GatewayStatus>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<AckRegistry>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<InteractionDispatcher>();
        services.AddSingleton<IGatewayListener, DiscordEventRouter>();
        services.AddInteractionHandler<GenerateHandler>();
        services.AddInteractionHandler<OperationHandler>();
        services.AddInteractionHandler<DraftHandler>();
        services.AddInteractionHandler<AccountHandler>();
        services.AddInteractionHandler<QuotaHandler>();

        services.AddSingleton<IDeliveryChannel, DiscordDeliveryChannel>();
        services.TryAddSingleton<FatalStop>();
        services.AddSingleton<DiscordApplication>();
        if (settings.IsHttpInteractionsEnabled)
        {
            // Built on first use, after start-up validation has checked the key's shape.
            services.AddSingleton(provider => new InteractionSignature(provider.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey!));
        }

        if (settings.IsHttpInteractionsEnabled || !settings.GatewayEnabled)
        {
            services.AddHostedService<ApplicationLookupService>();
        }

        if (settings.GatewayEnabled)
        {
            services.AddSingleton<IHealthCheck, GatewayHealthCheck>();
            services.AddHostedService<DiscordGatewayService>();
        }
        else
        {
            services.AddSingleton<IHealthCheck, HttpInteractionsHealthCheck>();
        }

        return services;
    }

    /// <summary>Registers one interaction handler explicitly; <see cref="InteractionRouter"/> names which serves what.</summary>
    public static IServiceCollection AddInteractionHandler<THandler>(this IServiceCollection services)
        where THandler : class, IInteractionHandler
    {
        services.AddScoped<THandler>();
        return services;
    }
}
