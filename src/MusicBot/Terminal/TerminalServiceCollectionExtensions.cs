using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MusicBot.Configuration;
using MusicBot.Core;
using MusicBot.Core.Delivery;
using MusicBot.Messages;
using MusicBot.Telegram;
using MusicBot.Discord;

namespace MusicBot.Terminal;

public static class TerminalServiceCollectionExtensions
{
    /// <summary>
    /// The terminal chat, a third adapter beside Discord and Telegram: on when neither platform has a token
    /// (or when <c>MusicBot:Terminal:Enabled</c> says so).
    /// </summary>
    public static IServiceCollection AddTerminalChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TerminalOptions>().BindConfiguration(TerminalOptions.SectionName);
        if (!IsEnabled(configuration))
        {
            return services;
        }

        services.AddMusicBotMessages();
        services.AddSingleton(TerminalIO.FromConsole());
        services.AddSingleton<IDeliveryChannel, TerminalDeliveryChannel>();
        services.AddHostedService<TerminalChatService>();
        return services;
    }

    public static bool IsEnabled(IConfiguration configuration)
    {
        var forced = configuration.GetSection(TerminalOptions.SectionName).Get<TerminalOptions>()?.Enabled;
        var discord = configuration.GetSection(DiscordOptions.SectionName).Get<DiscordOptions>() ?? new DiscordOptions();
        var telegram = configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();
        return forced ?? !(discord.IsEnabled || telegram.IsEnabled);
    }
}
