using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MusicBot.Core.Delivery;
using MusicBot.Core.Observability;
using MusicBot.Core.Work;
using MusicBot.Messages;
using MusicBot.Telegram.Api;
using MusicBot.Telegram.Buttons;
using MusicBot.Telegram.Chat;
using MusicBot.Telegram.Delivery;
using MusicBot.Telegram.Health;
using MusicBot.Telegram.Updates;
using Telegram.Bot;

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

        // The token is in every request path and default HTTP logging prints paths: no loggers on this client. Each
        // call sets its own time limit (long polls wait up to 50 s), so the client has none.
        services.AddHttpClient(BotApi.ClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddTypedClient<ITelegramBotClient>((http, provider) =>
                new TelegramBotClient(ClientOptions(provider.GetRequiredService<IOptions<TelegramOptions>>().Value), http));
        services.AddHttpClient(MediaFetcher.ClientName, http => http.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();

        services.AddMusicBotMessages();
        services.AddSingleton<FloodGate>();
        services.AddSingleton<ChatMigrations>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<AdminCache>();
        services.AddSingleton<ProgressBoard>();
        services.AddSingleton<TrackSteps>();
        services.AddSingleton<TelegramConnectionState>();
        services.AddSingleton<WebhookInbox>();
        services.AddScoped<BotApi>();
        services.AddScoped<ChatMover>();

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
        services.AddScoped<TelegramLanguages>();

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

    /// <summary>
    /// The library's settings. Never log them: their request URL holds the token. A base URL is given only for a
    /// server other than Telegram's (the library then treats it as a local Bot API server); the library's own 429
    /// retries are off, as <see cref="BotApi"/> waits out flood control itself.
    /// </summary>
    internal static TelegramBotClientOptions ClientOptions(TelegramOptions options) =>
        new(options.BotToken!, options.IsLocalServer ? options.ApiBaseUrl.GetLeftPart(UriPartial.Authority) : null) { RetryThreshold = 0 };
}
