namespace MusicBot.Tests.Conventions.CycleFixture.Left;

/// <summary>Half of a deliberate namespace cycle the scanner must find: this side uses Right only inside a method body.</summary>
internal static class LeftSide
{
    public static int Count() => new Right.RightSide().Items.Count;
}
