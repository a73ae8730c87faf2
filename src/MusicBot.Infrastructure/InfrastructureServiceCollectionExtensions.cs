using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MusicBot.Core.Conversations;
using MusicBot.Core.Callbacks;
using MusicBot.Core.Credits;
using MusicBot.Core.Delivery;
using MusicBot.Core.Drafts;
using MusicBot.Core.Generation;
using MusicBot.Core.Observability;
using MusicBot.Core.Inbox;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Audio;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Infrastructure.Providers.Local;
using MusicBot.Infrastructure.Sqlite;

namespace MusicBot.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>SQLite storage (repositories, ledger, outbox, migrations), the MP3 encoder and the music providers.</summary>
    public static IServiceCollection AddMusicBotInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<DatabaseBackup>();
        services.AddSingleton<IHealthCheck, DatabaseHealthCheck>();
        services.AddScoped<IDraftRepository, SqliteDraftRepository>();
        services.AddScoped<ICreditLedger, SqliteCreditLedger>();
        services.AddScoped<IGenerationTaskRepository, SqliteGenerationTaskRepository>();
        services.AddScoped<IDeliveryOutbox, SqliteDeliveryOutbox>();
        services.AddScoped<IUpdateLog, SqliteUpdateLog>();
        services.AddScoped<IUserDirectory, SqliteUserDirectory>();
        services.AddScoped<IProviderCallbackLog, SqliteProviderCallbackLog>();
        services.AddSingleton<CallbackSecret>();
        services.AddSingleton<CallbackUrls>();

        services.AddOptions<AudioOptions>().BindConfiguration(AudioOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AudioOptions>, AudioOptionsValidator>();
        services.AddSingleton<Mp3Encoder>();
        services.AddSingleton<IHealthCheck, AudioHealthCheck>();

        services.AddOptions<LocalProviderOptions>().BindConfiguration(LocalProviderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IMusicProvider, LocalMusicProvider>();
        return services;
    }
}
