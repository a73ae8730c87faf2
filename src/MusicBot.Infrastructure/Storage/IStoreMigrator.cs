namespace MusicBot.Infrastructure.Storage;

/// <summary>Brings the configured store's schema up to this release (at start-up and by <c>musicbot migrate</c>).</summary>
public interface IStoreMigrator
{
    /// <summary>The migrations this release knows, in order.</summary>
    IReadOnlyList<(long Version, string Name)> Migrations { get; }

    /// <summary>Applies pending migrations, reporting each before and after it runs; returns how many were applied.</summary>
    Task<int> MigrateAsync(IProgress<MigrationStep>? progress, CancellationToken cancellationToken);

    /// <summary>The highest applied migration, or 0 for a database that has never been migrated.</summary>
    Task<long> GetVersionAsync(CancellationToken cancellationToken);
}
