using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MusicBot.Core.Chat;
using MusicBot.Core.Chat.Commands;
using MusicBot.Core.Chat.Languages;
using MusicBot.Localization;

namespace MusicBot.Messages;

public static class MessagesServiceCollectionExtensions
{
    /// <summary>
    /// The catalogs, the language of each user, and the <c>language</c> command (it comes with the words because only
    /// the catalog knows which languages exist). Every chat adapter calls it; registering twice keeps one of each.
    /// </summary>
    public static IServiceCollection AddMusicBotMessages(this IServiceCollection services)
    {
        services.AddMusicBotLocalization();
        services.TryAddSingleton<MessageCatalogs>();
        services.TryAddSingleton<ILanguageCodes, CatalogLanguageCodes>();
        services.TryAddScoped<UserLanguages>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IChatCommand, LanguageCommand>());
        return services;
    }
}
