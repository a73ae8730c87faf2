namespace MusicBot.Tests.Conventions.CycleFixture.Right;

/// <summary>The other half of the fixture cycle: this side names a method of Left as a delegate.</summary>
internal sealed class RightSide
{
    public List<int> Items { get; } = [];

    public static Func<int> Counter() => Left.LeftSide.Count;
}
