using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MusicBot.Core.Callbacks;
using MusicBot.Core.Chat;
using MusicBot.Core.Chat.Commands;
using MusicBot.Core.Configuration;
using MusicBot.Core.Credits;
using MusicBot.Core.Delivery;
using MusicBot.Core.Drafts;
using MusicBot.Core.Generation;
using MusicBot.Core.Leases;
using MusicBot.Core.Observability;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Core.Signals;
using MusicBot.Core.Songs;
using MusicBot.Core.Validation;
using MusicBot.Core.Work;

namespace MusicBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The domain: options, rules, services, the chat commands and the two background workers.</summary>
    public static IServiceCollection AddMusicBotCore(this IServiceCollection services)
    {
        services.AddOptions<MusicBotOptions>().BindConfiguration(MusicBotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QuotaOptions>().BindConfiguration(QuotaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GenerationOptions>().BindConfiguration(GenerationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<MusicBotOptions>, MusicBotOptionsValidator>();
        services.AddSingleton<IValidateOptions<QuotaOptions>, QuotaOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<MusicBotMetrics>();

        services.AddSingleton<IProviderRules, LocalRules>();
        services.AddSingleton<IProviderRules, SunoApiRules>();
        services.AddSingleton<IProviderRules, MusicApiRules>();
        services.AddSingleton<IProviderRules, TopviewRules>();

        services.AddOptions<LeaseOptions>().BindConfiguration(LeaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => InstanceIdentity.From(sp.GetRequiredService<IConfiguration>()[InstanceIdentity.ConfigurationKey]));
        services.AddSingleton<LeaseBoard>();
        services.AddSingleton<LeaseHolder>();

        services.AddSingleton<GenerationSignal>();
        services.AddSingleton<DeliverySignal>();
        services.AddScoped<ProviderDirectory>();
        services.AddScoped<PriceList>();
        services.AddScoped<DraftService>();
        services.AddScoped<GenerationService>();
        services.AddScoped<TrackOperationService>();
        services.AddScoped<TaskProcessor>();
        services.AddScoped<TaskSubmitter>();
        services.AddScoped<TaskStepWriter>();
        services.AddSingleton<ProviderRequestBudgets>();
        services.AddScoped<ProviderCallbackHandler>();
        services.AddScoped<DeliveryDispatcher>();
        services.AddHostedService<GenerationWorker>();
        services.AddHostedService<DeliveryWorker>();

        services.AddScoped<QuotaService>();
        services.AddScoped<ChatCommandRouter>();
        services.AddDraftFieldCommand(new("style", DraftField.Style));
        services.AddDraftFieldCommand(new("lyrics", DraftField.Lyrics, AsksWhenEmpty: true));
        services.AddDraftFieldCommand(new("title", DraftField.Title));
        services.AddDraftFieldCommand(new("instrumental", DraftField.Instrumental));
        services.AddDraftFieldCommand(new("model", DraftField.Model));
        services.AddDraftFieldCommand(new("provider", DraftField.Provider));
        services.AddDraftFieldCommand(new("negative", DraftField.NegativeTags));
        services.AddDraftFieldCommand(new("voice", DraftField.VocalGender));
        services.AddChatCommand<SetDraftCommand>();
        services.AddChatCommand<DraftCommand>();
        services.AddChatCommand<ClearCommand>();
        services.AddChatCommand<GenerateChatCommand>();
        services.AddChatCommand<RegenerateCommand>();
        foreach (var kind in Enum.GetValues<OperationKind>())
        {
            services.AddScoped<IChatCommand>(sp => ActivatorUtilities.CreateInstance<OperationChatCommand>(sp, kind));
        }

        services.AddChatCommand<CreditsCommand>();
        services.AddChatCommand<HistoryCommand>();
        services.AddChatCommand<QuotaCommand>();
        return services;
    }

    /// <summary>Registers one chat command explicitly (no scanning), in the order help lists them.</summary>
    public static IServiceCollection AddChatCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, IChatCommand
    {
        services.AddScoped<IChatCommand, TCommand>();
        return services;
    }

    public static IServiceCollection AddDraftFieldCommand(this IServiceCollection services, DraftFieldSpec spec)
    {
        services.AddScoped<IChatCommand>(sp => ActivatorUtilities.CreateInstance<DraftFieldCommand>(sp, spec));
        return services;
    }
}
