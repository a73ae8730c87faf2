using MusicBot.Core.Providers;

namespace MusicBot.Core.Tests.Providers;

public sealed class ProviderRequestBudgetsTests
{
    private static readonly RequestBudget TwentyPerTenSeconds = new(20, TimeSpan.FromSeconds(10));
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void TryAcquire_TwentyPerTenSeconds_TheTwentyFirstWaitsForTheWindowToSlide()
    {
        var budgets = new ProviderRequestBudgets(_clock);

        var granted = Enumerable.Range(0, 25).Count(_ => budgets.TryAcquire("sunoapi", TwentyPerTenSeconds));
        _clock.Advance(TimeSpan.FromSeconds(9.9));
        var stillFull = budgets.TryAcquire("sunoapi", TwentyPerTenSeconds);
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        var afterWindow = Enumerable.Range(0, 25).Count(_ => budgets.TryAcquire("sunoapi", TwentyPerTenSeconds));

        Assert.Equal((20, false, 20), (granted, stillFull, afterWindow));
    }

    [Fact]
    public void TryAcquire_PerProvider_OneProvidersBurstLeavesTheOthersAlone()
    {
        var budgets = new ProviderRequestBudgets(_clock);
        var tiny = new RequestBudget(1, TimeSpan.FromMinutes(1));

        Assert.True(budgets.TryAcquire("sunoapi", tiny));
        Assert.False(budgets.TryAcquire("SUNOAPI", tiny));
        Assert.True(budgets.TryAcquire("topview", tiny));
    }

    [Fact]
    public void TryAcquire_NoBudget_IsUnlimited()
    {
        var budgets = new ProviderRequestBudgets(_clock);

        Assert.All(Enumerable.Range(0, 1000), _ => Assert.True(budgets.TryAcquire("local", null)));
    }
}
