using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MusicBot.Infrastructure.StoreCopy;

/// <summary>
/// What to copy: every table of the PostgreSQL schema with its columns, parents before the tables that reference
/// them. Built from both catalogs, so a table or column a migration adds is copied without a change here, and the
/// two schemas must agree (the same migrations exist for both engines).
/// </summary>
internal sealed record CopyPlan(IReadOnlyList<(string Table, IReadOnlyList<StoredColumn> Columns)> Tables)
{
    public static async Task<CopyPlan> ReadAsync(SqliteConnection source, SqliteTransaction read, NpgsqlConnection target, NpgsqlTransaction write)
    {
        var columns = (await target.QueryAsync<(string Table, string Column, string DataType, bool IsIdentity)>(
            """
            SELECT c.table_name, c.column_name, c.data_type, c.is_identity = 'YES'
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = current_schema() AND c.table_name <> 'schema_version'
            ORDER BY c.table_name, c.ordinal_position
            """,
            transaction: write)).ToList();
        var sourceColumns = (await source.QueryAsync<(string Table, string Column)>(
            """
            SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'schema_version'
            """,
            transaction: read)).Select(c => $"{c.Table}.{c.Column}").ToHashSet(StringComparer.Ordinal);
        var targetColumns = columns.Select(c => $"{c.Table}.{c.Column}").ToHashSet(StringComparer.Ordinal);
        if (!sourceColumns.SetEquals(targetColumns))
        {
            throw new StoreCopyException(
                "The SQLite and PostgreSQL schemas differ, so a copy could lose data: only in SQLite: " +
                $"{string.Join(", ", sourceColumns.Except(targetColumns).Order(StringComparer.Ordinal).DefaultIfEmpty("-"))}; only in PostgreSQL: " +
                $"{string.Join(", ", targetColumns.Except(sourceColumns).Order(StringComparer.Ordinal).DefaultIfEmpty("-"))}. Please report it.");
        }

        var references = await target.QueryAsync<(string Child, string Parent)>(
            """
            SELECT child.relname, parent.relname FROM pg_constraint k
            JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
            WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace AND k.conrelid <> k.confrelid
            """,
            transaction: write);
        var byTable = columns.GroupBy(c => c.Table, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StoredColumn>)[.. g.Select(c => new StoredColumn(c.Column, c.DataType, c.IsIdentity))], StringComparer.Ordinal);
        return new CopyPlan([.. ParentsFirst(byTable.Keys, references).Select(t => (t, byTable[t]))]);
    }

    /// <summary>Quotes a name read from a catalog (never from input) for use as an identifier.</summary>
    public static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static List<string> ParentsFirst(IEnumerable<string> tables, IEnumerable<(string Child, string Parent)> references)
    {
        var parents = references.ToLookup(r => r.Child, r => r.Parent, StringComparer.Ordinal);
        var ordered = new List<string>();
        var pending = tables.Order(StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(t => parents[t].All(ordered.Contains))
                ?? throw new StoreCopyException($"The tables {string.Join(", ", pending)} reference each other in a cycle; migrate-store cannot order them.");
            ordered.Add(ready);
            pending.Remove(ready);
        }

        return ordered;
    }
}
