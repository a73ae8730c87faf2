using Dapper;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MusicBot.Core.Credits;
using MusicBot.Infrastructure.Storage;

namespace MusicBot.Testing;

/// <summary>A fresh store of one engine, migrated to this release, for one test: the real database, never a fake.</summary>
public abstract class TestStore : IAsyncDisposable
{
    public abstract IStoreDatabase Database { get; }

    /// <summary>Another engine object on the same database (new connections, nothing cached): what a restart sees.</summary>
    public abstract IStoreDatabase Reopen();

    /// <summary>Stands still unless a test moves it; it starts where <c>TaskFixtures</c> date their tasks.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    public QuotaOptions Quota { get; } = new() { DefaultCredits = 10 };

    public IOptions<QuotaOptions> QuotaOptions => Options.Create(Quota);

    /// <summary>One value from SQL both engines run.</summary>
    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException($"No value for: {sql}");
    }

    /// <summary>Runs SQL both engines run; returns the rows affected.</summary>
    public async Task<int> ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteAsync(sql, parameters);
    }

    /// <summary>Accounts whose balance differs from the sum of their ledger rows (always 0 when the ledger balances).</summary>
    public Task<long> LedgerMismatchesAsync() => ScalarAsync<long>(DatabaseFile.LedgerMismatches);

    public abstract ValueTask DisposeAsync();
}
