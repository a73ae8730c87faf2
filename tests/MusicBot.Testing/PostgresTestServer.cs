using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using MusicBot.Infrastructure.Postgres;
using MusicBot.Infrastructure.Storage;
using Npgsql;

namespace MusicBot.Testing;

/// <summary>
/// The PostgreSQL server the store tests run against, named by <c>MUSICBOT_TEST_POSTGRES</c> (a superuser connection
/// string; <c>.ci/run</c> starts a throw-away server and sets it). Each test gets a database of its own, copied from a
/// template migrated once per set of migrations, so a test costs one <c>CREATE DATABASE</c>, not a server or a migration.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "MUSICBOT_TEST_POSTGRES";

    public const string SkipReason =
        "No PostgreSQL server for the store tests. From the repository root run `eval \"$(bash .ci/postgres start)\"` " +
        "(it installs PostgreSQL from the distribution's packages if needed, starts a throw-away server on a private port and sets " +
        Variable + "), run the tests from that shell, and `bash .ci/postgres stop` afterwards. Or set " + Variable +
        " to a superuser connection string of a server of your own (Host=…;Port=…;Username=…;Password=…;Database=postgres).";

    // Serialises template creation across test processes (two test projects run at once).
    private const long TemplateLockKey = 0x4D42_5465_6D70_6C74;
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static NpgsqlDataSource? _admin;
    private static string? _template;

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>In CI a missing server fails the PostgreSQL tests; elsewhere they are skipped with <see cref="SkipReason"/>.</summary>
    public static bool ShouldSkip => AdminConnectionString is null
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A new database at this release's schema.</summary>
    public static async Task<TestPostgresDatabase> CreateMigratedAsync()
    {
        var template = await EnsureTemplateAsync();
        return await CreateAsync($"TEMPLATE \"{template}\"");
    }

    /// <summary>A new database without any table.</summary>
    public static Task<TestPostgresDatabase> CreateEmptyAsync() => CreateAsync("TEMPLATE template0");

    internal static async Task DropAsync(string name)
    {
        await using var admin = await Admin().OpenConnectionAsync();
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task<TestPostgresDatabase> CreateAsync(string from)
    {
        // Names are made here, never taken from input, so quoting them is enough.
        var name = $"musicbot_test_{Guid.NewGuid():N}";
        await using (var admin = await Admin().OpenConnectionAsync())
        {
            await admin.ExecuteAsync($"CREATE DATABASE \"{name}\" {from}");
        }

        return new TestPostgresDatabase(name, new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString);
    }

    private static async Task<string> EnsureTemplateAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _template ??= await CreateTemplateAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var template = $"musicbot_template_{MigrationsHash()}";
        await using var admin = await Admin().OpenConnectionAsync();
        await admin.ExecuteAsync("SELECT pg_advisory_lock(@TemplateLockKey)", new { TemplateLockKey });
        try
        {
            if (await admin.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = @template)", new { template }))
            {
                return template;
            }

            // Built under another name and renamed when whole, so a run that dies half-way never leaves a broken template.
            var building = await CreateEmptyAsync();
            await using (var database = new PostgresDatabase(building.ConnectionString))
            {
                await new PostgresMigrator(database, TimeProvider.System, NullLogger<PostgresMigrator>.Instance).MigrateAsync(null, CancellationToken.None);
            }

            NpgsqlConnection.ClearAllPools();
            await admin.ExecuteAsync($"ALTER DATABASE \"{building.Name}\" RENAME TO \"{template}\"");
            await admin.ExecuteAsync($"ALTER DATABASE \"{template}\" WITH ALLOW_CONNECTIONS false");
            return template;
        }
        finally
        {
            await admin.ExecuteAsync("SELECT pg_advisory_unlock(@TemplateLockKey)", new { TemplateLockKey });
        }
    }

    private static NpgsqlDataSource Admin()
    {
        var connectionString = AdminConnectionString
            ?? throw new InvalidOperationException($"CI=true, so the PostgreSQL tests must run, but {Variable} is not set. {SkipReason}");
        return LazyInitializer.EnsureInitialized(ref _admin, () => NpgsqlDataSource.Create(connectionString));
    }

    private static string MigrationsHash()
    {
        var scripts = MigrationScripts.Postgres;
        var text = string.Concat(scripts.Discover().Select(m => m.Name + "\n" + scripts.Read(m.Name)));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12].ToLower(CultureInfo.InvariantCulture);
    }
}
