using System.Data.Common;
using System.Globalization;
using MusicBot.Infrastructure.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace MusicBot.Infrastructure.StoreCopy;

/// <summary>
/// A column of the target schema and how a SQLite value becomes its PostgreSQL value: times from ISO text to
/// timestamptz, switches from 0/1 to boolean, decimals from invariant text to numeric.
/// </summary>
internal sealed record StoredColumn(string Name, string DataType, bool IsIdentity)
{
    public async Task WriteAsync(NpgsqlBinaryImporter importer, DbDataReader reader, int ordinal, string table, CancellationToken cancellationToken)
    {
        if (await reader.IsDBNullAsync(ordinal, cancellationToken))
        {
            await importer.WriteNullAsync(cancellationToken);
            return;
        }

        var value = reader.GetValue(ordinal);
        try
        {
            await (DataType switch
            {
                "bigint" => importer.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint, cancellationToken),
                "integer" => importer.WriteAsync(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer, cancellationToken),
                "boolean" => importer.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0, NpgsqlDbType.Boolean, cancellationToken),
                "numeric" => importer.WriteAsync(Decimal(value), NpgsqlDbType.Numeric, cancellationToken),
                "double precision" => importer.WriteAsync(Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double, cancellationToken),
                "text" => importer.WriteAsync(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text, cancellationToken),
                "timestamp with time zone" => importer.WriteAsync(DbTime.Parse((string)value).UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken),
                _ => throw new StoreCopyException($"{table}.{Name} has type {DataType}, which migrate-store does not know how to copy; please report it."),
            });
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            throw new StoreCopyException($"{table}.{Name} holds '{value}', which is not a valid {DataType}; the SQLite file may be damaged (musicbot backup checks it).", ex);
        }
    }

    private static decimal Decimal(object value) => value is string text
        ? decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture)
        : Convert.ToDecimal(value, CultureInfo.InvariantCulture);
}
