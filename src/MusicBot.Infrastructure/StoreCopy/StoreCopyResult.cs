namespace MusicBot.Infrastructure.StoreCopy;

/// <summary>A finished, verified copy: rows per table (in copy order), the balances compared, the schema version of both.</summary>
public sealed record StoreCopyResult(IReadOnlyList<(string Table, long Rows)> Tables, int BalancesCompared, long SchemaVersion)
{
    public long Rows => Tables.Sum(t => t.Rows);
}
