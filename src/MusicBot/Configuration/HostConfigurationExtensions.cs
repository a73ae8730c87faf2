using Microsoft.Extensions.DependencyInjection;

namespace MusicBot.Configuration;

public static class HostConfigurationExtensions
{
    /// <summary>The host's own option sections.</summary>
    public static IServiceCollection AddHostConfiguration(this IServiceCollection services)
    {
        services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
