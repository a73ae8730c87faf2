using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Observability;
using MusicBot.Observability;

namespace MusicBot.Tests.Observability;

public sealed class HealthProbeTests
{
    [Fact]
    public async Task CheckAsync_EveryRegisteredCheck_IsAskedAndOneBadCheckMakesItUnready()
    {
        await using var services = Services(
            new FixedCheck("database", HealthReport.Healthy("writable")),
            new FixedCheck("telegram", HealthReport.Unhealthy("last poll failed 3 times")),
            new ThrowingCheck("provider:sunoapi"));

        var report = await services.GetRequiredService<HealthProbe>().CheckAsync(CancellationToken.None);

        Assert.Equal("unready", report.Status);
        Assert.Equal(["database", "provider:sunoapi", "telegram"], report.Checks.Select(c => c.Name));
        Assert.Equal(("healthy", "writable"), (report.Checks[0].Status, report.Checks[0].Detail));
        Assert.Equal(("unhealthy", "check failed (HttpRequestException); see the log"), (report.Checks[1].Status, report.Checks[1].Detail));
        Assert.Equal(("unhealthy", "last poll failed 3 times"), (report.Checks[2].Status, report.Checks[2].Detail));
    }

    [Fact]
    public async Task CheckAsync_AllHealthy_IsReady()
    {
        await using var services = Services(new FixedCheck("database", HealthReport.Healthy("ok")), new FixedCheck("discord", HealthReport.Healthy("heartbeat acked")));

        var report = await services.GetRequiredService<HealthProbe>().CheckAsync(CancellationToken.None);

        Assert.True(report.IsReady);
        Assert.All(report.Checks, c => Assert.True(c.IsHealthy));
    }

    private static ServiceProvider Services(params IHealthCheck[] checks)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton<HealthProbe>();
        foreach (var check in checks)
        {
            services.AddSingleton(check);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private sealed class FixedCheck(string name, HealthReport report) : IHealthCheck
    {
        public string Name => name;

        public Task<HealthReport> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(report);
    }

    /// <summary>Its message carries a token-bearing URL, which must not reach the answer.</summary>
    private sealed class ThrowingCheck(string name) : IHealthCheck
    {
        public string Name => name;

        public Task<HealthReport> CheckAsync(CancellationToken cancellationToken) =>
            throw new HttpRequestException("GET https://api.example/bot123:SECRET/getMe failed");
    }
}
