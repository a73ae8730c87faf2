using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MusicBot.Core.Leases;
using MusicBot.Core.Chat.Languages;
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
using MusicBot.Infrastructure.Postgres;
using MusicBot.Infrastructure.Providers.Local;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Infrastructure.Storage;
using MusicBot.Infrastructure.StoreCopy;

namespace MusicBot.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>The store (repositories, ledger, outbox, migrations), the MP3 encoder and the music providers.</summary>
    public static IServiceCollection AddMusicBotInfrastructure(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<DatabaseBackup>();
        services.AddSingleton<DatabaseHealthCheck>();
        services.AddSingleton<PostgresDatabase>();
        services.AddSingleton<PostgresMigrator>();
        services.AddSingleton<PostgresHealthCheck>();
        services.AddSingleton<StoreCopier>();

        // Chosen when first asked for, not here: `musicbot check-config --config FILE` adds settings after the build.
        services.AddSingleton<IStoreDatabase>(sp => IsPostgres(sp) ? sp.GetRequiredService<PostgresDatabase>() : sp.GetRequiredService<SqliteDatabase>());
        services.AddSingleton<IStoreMigrator>(sp => IsPostgres(sp) ? sp.GetRequiredService<PostgresMigrator>() : sp.GetRequiredService<DatabaseMigrator>());
        services.AddSingleton<IHealthCheck>(sp => IsPostgres(sp) ? sp.GetRequiredService<PostgresHealthCheck>() : sp.GetRequiredService<DatabaseHealthCheck>());
        services.AddScoped<IDraftRepository, DraftRepository>();
        services.AddScoped<ICreditLedger, CreditLedger>();
        services.AddScoped<IGenerationTaskRepository, GenerationTaskRepository>();
        services.AddScoped<IDeliveryOutbox, DeliveryOutbox>();
        services.AddScoped<IUpdateLog, UpdateLog>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<IUserLanguageStore, UserLanguageStore>();
        services.AddScoped<IScopeMoves, ScopeMoves>();
        services.AddScoped<IProviderCallbackLog, ProviderCallbackLog>();
        services.AddSingleton<ILeaseStore, LeaseStore>();
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

    private static bool IsPostgres(IServiceProvider services) => services.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsPostgres;
}
