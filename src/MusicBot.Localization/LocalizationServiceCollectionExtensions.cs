using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MusicBot.Localization;

public static class LocalizationServiceCollectionExtensions
{
    /// <summary>The catalog (ResourceManagerStringLocalizer over the embedded .resx files) and <see cref="Texts"/>; both adapters call it, once is kept.</summary>
    public static IServiceCollection AddMusicBotLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.TryAddSingleton<Texts>();
        return services;
    }
}
