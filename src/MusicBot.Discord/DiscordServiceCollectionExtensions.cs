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
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Rest;
using MusicBot.Localization;
using MusicBot.Core.Work;

namespace MusicBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// The Discord adapter. Its options are always bound (the banner and the terminal chat read them); everything else
    /// is registered only when <c>MusicBot:Discord:BotToken</c> is set.
    /// </summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        if (!(configuration.GetSection(DiscordOptions.SectionName).Get<DiscordOptions>()?.IsEnabled ?? false))
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
        services.AddScoped<SongSubmission>();
        services.AddInteractionHandler<GenerateHandler>();
        services.AddInteractionHandler<OperationHandler>();
        services.AddInteractionHandler<DraftHandler>();
        services.AddInteractionHandler<AccountHandler>();
        services.AddInteractionHandler<QuotaHandler>();

        services.AddSingleton<IDeliveryChannel, DiscordDeliveryChannel>();
        services.AddSingleton<IHealthCheck, GatewayHealthCheck>();
        services.TryAddSingleton<FatalStop>();
        services.AddHostedService<DiscordGatewayService>();
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
