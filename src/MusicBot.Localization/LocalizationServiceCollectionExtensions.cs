using Microsoft.Extensions.DependencyInjection;

namespace MusicBot.Localization;

public static class LocalizationServiceCollectionExtensions
{
    /// <summary>The catalog (ResourceManagerStringLocalizer over the embedded .resx files) and <see cref="Texts"/>.</summary>
    public static IServiceCollection AddMusicBotLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<Texts>();
        return services;
    }
}
