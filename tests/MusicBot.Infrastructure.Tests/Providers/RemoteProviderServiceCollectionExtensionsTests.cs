using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MusicBot.Core.Observability;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Providers.Callbacks;
using MusicBot.Infrastructure.Providers.SunoApi;
using MusicBot.Infrastructure.Providers.Topview;
using MusicBot.Infrastructure.Tests.Support;

namespace MusicBot.Infrastructure.Tests.Providers;

/// <summary>A provider is offered exactly when it has a key; bad values are reported with their key.</summary>
public sealed class RemoteProviderServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddRemoteMusicProviders_NoKeys_OffersOnlyTheOfflineProvider()
    {
        await using var services = new ProviderServices([]);
        using var scope = services.Get<IServiceScopeFactory>().CreateScope();

        Assert.Equal([ProviderNames.Local], scope.ServiceProvider.GetRequiredService<ProviderDirectory>().Available);
        Assert.Empty(services.GetAll<IProviderCallbackReader>());
        Assert.DoesNotContain(services.GetAll<IHealthCheck>(), h => h.Name.StartsWith("provider:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddRemoteMusicProviders_AllKeys_OffersAllWithTheirReadersAndCircuits()
    {
        await using var services = new ProviderServices(new()
        {
            ["MusicBot:Providers:SunoApi:ApiKey"] = "a",
            ["MusicBot:Providers:MusicApi:ApiKey"] = "b",
            ["MusicBot:Providers:Topview:ApiKey"] = "c",
            ["MusicBot:Providers:Topview:Uid"] = "u",
        });
        using var scope = services.Get<IServiceScopeFactory>().CreateScope();

        Assert.Equal(["local", "musicapi", "sunoapi", "topview"], scope.ServiceProvider.GetRequiredService<ProviderDirectory>().Available);
        Assert.Equal(["musicapi", "sunoapi", "topview"], services.GetAll<IProviderCallbackReader>().Select(r => r.Provider).Order());
        Assert.Equal(["provider:musicapi", "provider:sunoapi", "provider:topview"], services.GetAll<IHealthCheck>().Select(h => h.Name).Where(n => n.StartsWith("provider:", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task AddRemoteMusicProviders_DefaultModel_BecomesTheDraftsDefault()
    {
        await using var services = new ProviderServices(new() { ["MusicBot:Providers:SunoApi:ApiKey"] = "a", ["MusicBot:Providers:SunoApi:DefaultModel"] = "v4" });
        using var scope = services.Get<IServiceScopeFactory>().CreateScope();

        var rules = scope.ServiceProvider.GetRequiredService<ProviderDirectory>().RulesFor("sunoapi")!;

        Assert.Equal(("V4", "V4", "V4", "V5"), (rules.DefaultModel, rules.ResolveModel(null), rules.Models[0], rules.ResolveModel("v5")));
        // A 300-character style fits the built-in default (V4_5, 1000) but not V4 (200): the draft is judged by V4.
        Assert.False(rules.Validate(new Core.Songs.Draft { Style = new string('s', 300), Lyrics = "la", Title = "t" }).IsValid);
    }

    [Fact]
    public async Task Options_InvalidValues_EachProblemNamesItsKey()
    {
        await using var services = new ProviderServices(new()
        {
            ["MusicBot:Providers:SunoApi:ApiKey"] = "a",
            ["MusicBot:Providers:SunoApi:BaseUrl"] = "ftp://files.example.test/",
            ["MusicBot:Providers:SunoApi:DefaultModel"] = "V9",
            ["MusicBot:Providers:Topview:ApiKey"] = "c",
        });

        var suno = Assert.Throws<OptionsValidationException>(() => services.Get<IOptions<SunoApiOptions>>().Value);
        var topview = Assert.Throws<OptionsValidationException>(() => services.Get<IOptions<TopviewOptions>>().Value);

        Assert.Contains(suno.Failures, f => f.Contains("MusicBot:Providers:SunoApi:BaseUrl 'ftp://files.example.test/'", StringComparison.Ordinal));
        Assert.Contains(suno.Failures, f => f.Contains("MusicBot:Providers:SunoApi:DefaultModel 'V9'", StringComparison.Ordinal));
        Assert.Contains(topview.Failures, f => f.Contains("MusicBot:Providers:Topview:Uid is required", StringComparison.Ordinal));
    }
}
