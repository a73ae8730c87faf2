using System.Globalization;

namespace MusicBot.Infrastructure.Storage;

/// <summary>
/// One engine's numbered migrations, embedded as <c>Migrations/NNNN_name.sql</c> beside its code. Both engines use the
/// same numbers and names for the same schema step, so a schema version means the same tables everywhere.
/// </summary>
public sealed class MigrationScripts
{
    private readonly string _prefix;

    private MigrationScripts(string prefix)
    {
        _prefix = prefix;
    }

    public static MigrationScripts Sqlite { get; } = new("MusicBot.Infrastructure.Sqlite.Migrations.");

    public static MigrationScripts Postgres { get; } = new("MusicBot.Infrastructure.Postgres.Migrations.");

    /// <summary>The embedded migrations, ordered by their number.</summary>
    public IReadOnlyList<(long Version, string Name)> Discover() =>
    [
        .. typeof(MigrationScripts).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(_prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[_prefix.Length..])
            .Select(n => (Version: long.Parse(n[..n.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture), Name: n))
            .OrderBy(m => m.Version),
    ];

    public string Read(string name)
    {
        using var stream = typeof(MigrationScripts).Assembly.GetManifestResourceStream(_prefix + name)
            ?? throw new InvalidOperationException($"Migration {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
