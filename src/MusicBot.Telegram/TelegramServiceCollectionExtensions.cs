using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MusicBot.Core.Delivery;
using MusicBot.Core.Observability;
using MusicBot.Core.Work;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Buttons;
using MusicBot.Telegram.Chat;
using MusicBot.Telegram.Delivery;
using MusicBot.Telegram.Health;
using MusicBot.Telegram.Updates;

namespace MusicBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// The Telegram adapter. Its options are always bound (the host reads them to decide whether the terminal chat
    /// runs); everything else is registered only when <c>MusicBot:Telegram:BotToken</c> is set.
    /// </summary>
    public static IServiceCollection AddTelegramAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        var settings = configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();
        if (!settings.IsEnabled)
        {
            return services;
        }

        // The token is in every request path and default HTTP logging prints paths: no loggers on this client.
        services.AddHttpClient<BotApiTransport>((provider, http) =>
        {
            http.BaseAddress = BotAddress(provider.GetRequiredService<IOptions<TelegramOptions>>().Value);
            http.Timeout = Timeout.InfiniteTimeSpan; // each call sets its own limit (long polls wait up to 50 s)
        }).RemoveAllLoggers();
        services.AddHttpClient(MediaFetcher.ClientName, http => http.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();

        services.AddSingleton<FloodGate>();
        services.AddSingleton<ChatMigrations>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<AdminCache>();
        services.AddSingleton<ProgressBoard>();
        services.AddSingleton<TrackSteps>();
        services.AddSingleton<TelegramConnectionState>();
        services.AddScoped<TelegramBotClient>();

        services.AddScoped<BotStartup>();
        services.AddScoped<PollingReceiver>();
        services.AddScoped<UpdateProcessor>();
        services.AddScoped<UpdateRouter>();
        services.AddScoped<MessageHandler>();
        services.AddScoped<CallbackHandler>();
        services.AddScoped<AdminCheck>();
        services.AddScoped<MentionResolver>();
        services.AddScoped<ChatReplies>();
        services.AddScoped<GenerateFlow>();

        services.AddScoped<MediaFetcher>();
        services.AddScoped<TrackKeyboards>();
        services.AddScoped<TrackSender>();
        services.AddScoped<LyricsSender>();
        services.AddScoped<ProgressNotifier>();
        services.AddScoped<IDeliveryChannel, TelegramDeliveryChannel>();
        services.AddSingleton<IHealthCheck, TelegramHealthCheck>();
        services.TryAddSingleton<FatalStop>();

        if (settings.Mode == TelegramMode.Webhook)
        {
            services.AddHostedService<TelegramWebhookService>();
        }
        else
        {
            services.AddHostedService<TelegramPollingService>();
        }

        return services;
    }

    /// <summary><c>{ApiBaseUrl}/bot{token}/</c>: method names resolve against it. Never log it.</summary>
    internal static Uri BotAddress(TelegramOptions options) =>
        new($"{options.ApiBaseUrl.AbsoluteUri.TrimEnd('/')}/bot{options.BotToken}/");
}
