namespace MusicBot.Infrastructure.Tests.Support;

/// <summary>
/// Tests with a wall-clock bound run alone, after the parallel ones: the emulator-backed provider tests in the same
/// assembly load the CPU, and a benchmark must not measure them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitiveTests
{
    public const string Name = "timing-sensitive";
}
