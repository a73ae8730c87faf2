using Dapper;
using MusicBot.Core.Leases;

namespace MusicBot.Infrastructure.Storage;

/// <summary>
/// Leases as rows, taken and renewed by one upsert whose condition is the rule (free, expired, or already ours), so two
/// instances racing for one lease cannot both win on either engine: PostgreSQL serialises the conflicting insert on the
/// row, SQLite on its single writer.
/// </summary>
public sealed class LeaseStore(IStoreDatabase db) : ILeaseStore
{
    public bool IsShared => db.Provider == DatabaseProviders.Postgres;

    public async Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var taken = await connection.ExecuteAsync(
            """
            INSERT INTO leases (name, holder, expires_at, acquired_at) VALUES (@name, @holder, @Expires, @Now)
            ON CONFLICT (name) DO UPDATE SET
                holder = excluded.holder,
                expires_at = excluded.expires_at,
                acquired_at = CASE WHEN leases.holder = excluded.holder THEN leases.acquired_at ELSE excluded.acquired_at END
            WHERE leases.holder = excluded.holder OR leases.expires_at <= excluded.acquired_at
            """,
            new { name, holder, Expires = db.Time(now + duration), Now = db.Time(now) });
        return taken == 1;
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM leases WHERE name = @name AND holder = @holder", new { name, holder });
    }

    public async Task<IReadOnlyList<LeaseRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>("SELECT name AS Name, holder AS Holder, expires_at AS ExpiresAt FROM leases ORDER BY name");
        return [.. rows.Select(r => new LeaseRow(r.Name, r.Holder, r.ExpiresAt))];
    }

    private sealed class Row
    {
        public string Name { get; set; } = "";

        public string Holder { get; set; } = "";

        public DateTimeOffset ExpiresAt { get; set; }
    }
}
