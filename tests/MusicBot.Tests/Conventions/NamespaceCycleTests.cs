using MusicBot.Core.Generation;

namespace MusicBot.Tests.Conventions;

/// <summary>
/// Core's namespaces are layered: none uses a namespace that uses it back, directly or around a circle, so each can be
/// read (and later split off) on its own. A cycle fails the test, naming every use that closes it.
/// </summary>
public sealed class NamespaceCycleTests
{
    [Fact]
    public void CoreNamespaces_UsingEachOther_FormNoCycle()
    {
        var graph = NamespaceGraph.Of(typeof(GenerationService).Assembly, "MusicBot.Core");

        var cycles = graph.Cycles();

        Assert.True(graph.Uses.Sum(u => u.Value.Count) > 20, "too few uses between Core's namespaces found; the scan is broken");
        Assert.True(cycles.Count == 0, "Core's namespaces use each other in a circle:\n" + string.Join('\n', cycles.SelectMany(graph.Describe)));
    }

    [Fact]
    public void Scanner_ACycleClosedInAMethodBody_IsFound()
    {
        var graph = NamespaceGraph.Of(typeof(NamespaceCycleTests).Assembly, "MusicBot.Tests.Conventions.CycleFixture");

        var cycle = Assert.Single(graph.Cycles());

        Assert.Equal(["MusicBot.Tests.Conventions.CycleFixture.Left", "MusicBot.Tests.Conventions.CycleFixture.Right"], cycle);
    }
}
