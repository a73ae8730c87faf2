namespace MusicBot.Infrastructure.Storage;

/// <summary>Progress of a migration run: step <paramref name="Number"/> of <paramref name="Count"/>, before or after it ran.</summary>
public sealed record MigrationStep(int Number, int Count, long Version, string Name, bool IsApplied);
